using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Union
{
    /// <inheritdoc />
    public partial class DeadlineListIndexes_Union : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "union",
                table: "Deadlines");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "union",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "union",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "MissedAt", "RemindAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "union",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "union",
                table: "Deadlines");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "union",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });
        }
    }
}
