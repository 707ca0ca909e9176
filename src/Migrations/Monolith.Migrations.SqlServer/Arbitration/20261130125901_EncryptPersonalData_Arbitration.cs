using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Arbitration
{
    /// <inheritdoc />
    public partial class EncryptPersonalData_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "LawyerPhone",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals",
                type: "nvarchar(124)",
                maxLength: 124,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ApplicantPhone",
                schema: "arbitration",
                table: "ArbitrationDraftsFromMediation",
                type: "nvarchar(124)",
                maxLength: 124,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "ApplicantIdNumber",
                schema: "arbitration",
                table: "ArbitrationDraftsFromMediation",
                type: "nvarchar(116)",
                maxLength: 116,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(18)",
                oldMaxLength: 18);

            migrationBuilder.AlterColumn<string>(
                name: "ApplicantPhone",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "nvarchar(124)",
                maxLength: 124,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "ApplicantIdNumber",
                schema: "arbitration",
                table: "ArbitrationApplications",
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
                name: "LawyerPhone",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(124)",
                oldMaxLength: 124,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ApplicantPhone",
                schema: "arbitration",
                table: "ArbitrationDraftsFromMediation",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(124)",
                oldMaxLength: 124);

            migrationBuilder.AlterColumn<string>(
                name: "ApplicantIdNumber",
                schema: "arbitration",
                table: "ArbitrationDraftsFromMediation",
                type: "nvarchar(18)",
                maxLength: 18,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(116)",
                oldMaxLength: 116);

            migrationBuilder.AlterColumn<string>(
                name: "ApplicantPhone",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(124)",
                oldMaxLength: 124);

            migrationBuilder.AlterColumn<string>(
                name: "ApplicantIdNumber",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "nvarchar(18)",
                maxLength: 18,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(116)",
                oldMaxLength: 116);
        }
    }
}
