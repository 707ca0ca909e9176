using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.LegalAid
{
    /// <inheritdoc />
    public partial class DeadlineListIndexes_LegalAid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LegalAidDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "legalaid",
                table: "LegalAidDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "legalaid",
                table: "LegalAidDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "legalaid",
                table: "LegalAidDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "MissedAt", "RemindAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LegalAidDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "legalaid",
                table: "LegalAidDeadlines");

            migrationBuilder.DropIndex(
                name: "IX_LegalAidDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "legalaid",
                table: "LegalAidDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "legalaid",
                table: "LegalAidDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });
        }
    }
}
