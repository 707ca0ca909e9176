using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.PostgreSql.Platform
{
    /// <inheritdoc />
    public partial class DeadlineListIndexes_Platform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "platform",
                table: "Deadlines");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "platform",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "platform",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "MissedAt", "RemindAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "platform",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "platform",
                table: "Deadlines");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "platform",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });
        }
    }
}
