using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Inspection
{
    /// <inheritdoc />
    public partial class LegalAidLawyerAssigned_Inspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LawyerAssignedAt",
                schema: "inspection",
                table: "InspectionLegalAidReferrals",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LawyerAssignedAt",
                schema: "inspection",
                table: "InspectionLegalAidReferrals");
        }
    }
}
