using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Supervision
{
    /// <inheritdoc />
    public partial class DeadlineListIndexes_Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupervisionDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "supervision",
                table: "SupervisionDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "supervision",
                table: "SupervisionDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "supervision",
                table: "SupervisionDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "MissedAt", "RemindAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupervisionDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "supervision",
                table: "SupervisionDeadlines");

            migrationBuilder.DropIndex(
                name: "IX_SupervisionDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "supervision",
                table: "SupervisionDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "supervision",
                table: "SupervisionDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });
        }
    }
}
