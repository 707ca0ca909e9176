using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Inspection
{
    /// <inheritdoc />
    public partial class DeadlineListIndexes_Inspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InspectionDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "inspection",
                table: "InspectionDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "inspection",
                table: "InspectionDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "inspection",
                table: "InspectionDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "MissedAt", "RemindAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InspectionDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "inspection",
                table: "InspectionDeadlines");

            migrationBuilder.DropIndex(
                name: "IX_InspectionDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "inspection",
                table: "InspectionDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "inspection",
                table: "InspectionDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });
        }
    }
}
