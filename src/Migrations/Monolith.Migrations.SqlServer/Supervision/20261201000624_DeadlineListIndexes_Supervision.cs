using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Supervision
{
    /// <inheritdoc />
    public partial class DeadlineListIndexes_Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "supervision",
                table: "Deadlines");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "supervision",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "supervision",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "MissedAt", "RemindAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "supervision",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "supervision",
                table: "Deadlines");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "supervision",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });
        }
    }
}
