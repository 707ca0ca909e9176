using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Mediation
{
    /// <inheritdoc />
    public partial class EncryptPersonalData_Mediation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "WorkerPhone",
                schema: "mediation",
                table: "MediationNegotiations",
                type: "nvarchar(124)",
                maxLength: 124,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "WorkerIdNumber",
                schema: "mediation",
                table: "MediationNegotiations",
                type: "nvarchar(116)",
                maxLength: 116,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(18)",
                oldMaxLength: 18);

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                schema: "mediation",
                table: "MediationMediators",
                type: "nvarchar(124)",
                maxLength: 124,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                schema: "mediation",
                table: "MediationExperts",
                type: "nvarchar(124)",
                maxLength: 124,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "LegalAidLawyerPhone",
                schema: "mediation",
                table: "MediationCases",
                type: "nvarchar(124)",
                maxLength: 124,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ApplicantPhone",
                schema: "mediation",
                table: "MediationCases",
                type: "nvarchar(124)",
                maxLength: 124,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "ApplicantIdNumber",
                schema: "mediation",
                table: "MediationCases",
                type: "nvarchar(116)",
                maxLength: 116,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(18)",
                oldMaxLength: 18);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "WorkerPhone",
                schema: "mediation",
                table: "MediationNegotiations",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(124)",
                oldMaxLength: 124);

            migrationBuilder.AlterColumn<string>(
                name: "WorkerIdNumber",
                schema: "mediation",
                table: "MediationNegotiations",
                type: "nvarchar(18)",
                maxLength: 18,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(116)",
                oldMaxLength: 116);

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                schema: "mediation",
                table: "MediationMediators",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(124)",
                oldMaxLength: 124);

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                schema: "mediation",
                table: "MediationExperts",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(124)",
                oldMaxLength: 124);

            migrationBuilder.AlterColumn<string>(
                name: "LegalAidLawyerPhone",
                schema: "mediation",
                table: "MediationCases",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(124)",
                oldMaxLength: 124,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ApplicantPhone",
                schema: "mediation",
                table: "MediationCases",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(124)",
                oldMaxLength: 124);

            migrationBuilder.AlterColumn<string>(
                name: "ApplicantIdNumber",
                schema: "mediation",
                table: "MediationCases",
                type: "nvarchar(18)",
                maxLength: 18,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(116)",
                oldMaxLength: 116);
        }
    }
}
