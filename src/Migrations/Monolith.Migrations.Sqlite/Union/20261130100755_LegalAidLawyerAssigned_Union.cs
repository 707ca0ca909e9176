using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Union
{
    /// <inheritdoc />
    public partial class LegalAidLawyerAssigned_Union : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LawyerAssignedAt",
                schema: "union",
                table: "UnionLegalAidReferrals",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LawyerAssignedAt",
                schema: "union",
                table: "UnionLegalAidReferrals");
        }
    }
}
