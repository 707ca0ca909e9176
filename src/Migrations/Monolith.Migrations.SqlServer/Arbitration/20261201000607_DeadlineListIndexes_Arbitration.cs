using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Arbitration
{
    /// <inheritdoc />
    public partial class DeadlineListIndexes_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "arbitration",
                table: "Deadlines");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "arbitration",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "arbitration",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "MissedAt", "RemindAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "arbitration",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "arbitration",
                table: "Deadlines");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "arbitration",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });
        }
    }
}
