using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.LegalAid
{
    /// <inheritdoc />
    public partial class OnlineApplicationAndReplacement_LegalAid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HardshipStatement",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MatterDescription",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PersonalDataConsentAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReplacedAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacedLawyerName",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacementReason",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HardshipStatement",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "MatterDescription",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "PersonalDataConsentAt",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ReplacedAt",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ReplacedLawyerName",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ReplacementReason",
                schema: "legalaid",
                table: "LegalAidApplications");
        }
    }
}
