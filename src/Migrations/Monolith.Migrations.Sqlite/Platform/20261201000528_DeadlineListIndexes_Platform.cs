using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Platform
{
    /// <inheritdoc />
    public partial class DeadlineListIndexes_Platform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlatformDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "platform",
                table: "PlatformDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "platform",
                table: "PlatformDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "platform",
                table: "PlatformDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "MissedAt", "RemindAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlatformDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "platform",
                table: "PlatformDeadlines");

            migrationBuilder.DropIndex(
                name: "IX_PlatformDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "platform",
                table: "PlatformDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "platform",
                table: "PlatformDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });
        }
    }
}
