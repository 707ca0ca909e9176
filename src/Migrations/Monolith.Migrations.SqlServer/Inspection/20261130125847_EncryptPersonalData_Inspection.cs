using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Inspection
{
    /// <inheritdoc />
    public partial class EncryptPersonalData_Inspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "LawyerPhone",
                schema: "inspection",
                table: "InspectionLegalAidReferrals",
                type: "nvarchar(124)",
                maxLength: 124,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ResidentIdNumber",
                schema: "inspection",
                table: "InspectionCaseWorkers",
                type: "nvarchar(116)",
                maxLength: 116,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(18)",
                oldMaxLength: 18,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                schema: "inspection",
                table: "InspectionCaseWorkers",
                type: "nvarchar(124)",
                maxLength: 124,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "LawyerPhone",
                schema: "inspection",
                table: "InspectionLegalAidReferrals",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(124)",
                oldMaxLength: 124,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ResidentIdNumber",
                schema: "inspection",
                table: "InspectionCaseWorkers",
                type: "nvarchar(18)",
                maxLength: 18,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(116)",
                oldMaxLength: 116,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                schema: "inspection",
                table: "InspectionCaseWorkers",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(124)",
                oldMaxLength: 124,
                oldNullable: true);
        }
    }
}
