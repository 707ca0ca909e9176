using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Mediation
{
    /// <inheritdoc />
    public partial class LegalAidLawyerAssigned_Mediation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LegalAidLawyerAssignedAt",
                schema: "mediation",
                table: "MediationCases",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LegalAidLawyerAssignedAt",
                schema: "mediation",
                table: "MediationCases");
        }
    }
}
