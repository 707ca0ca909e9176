using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Union
{
    /// <inheritdoc />
    public partial class DeadlineListIndexes_Union : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UnionDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "union",
                table: "UnionDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_UnionDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "union",
                table: "UnionDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_UnionDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "union",
                table: "UnionDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "MissedAt", "RemindAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UnionDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "union",
                table: "UnionDeadlines");

            migrationBuilder.DropIndex(
                name: "IX_UnionDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "union",
                table: "UnionDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_UnionDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "union",
                table: "UnionDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });
        }
    }
}
