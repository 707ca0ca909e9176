using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Arbitration
{
    /// <inheritdoc />
    public partial class DeadlineListIndexes_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArbitrationDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "arbitration",
                table: "ArbitrationDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "arbitration",
                table: "ArbitrationDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "arbitration",
                table: "ArbitrationDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "MissedAt", "RemindAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArbitrationDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "arbitration",
                table: "ArbitrationDeadlines");

            migrationBuilder.DropIndex(
                name: "IX_ArbitrationDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "arbitration",
                table: "ArbitrationDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "arbitration",
                table: "ArbitrationDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });
        }
    }
}
