using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Inspection
{
    /// <inheritdoc />
    public partial class LegalAidLawyerAssigned_Inspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LawyerAssignedAt",
                schema: "inspection",
                table: "InspectionLegalAidReferrals",
                type: "datetimeoffset",
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
