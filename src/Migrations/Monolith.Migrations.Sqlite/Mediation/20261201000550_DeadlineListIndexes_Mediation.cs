using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Mediation
{
    /// <inheritdoc />
    public partial class DeadlineListIndexes_Mediation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MediationDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "mediation",
                table: "MediationDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_MediationDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "mediation",
                table: "MediationDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "mediation",
                table: "MediationDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "MissedAt", "RemindAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MediationDeadlines_CompletedAt_CancelledAt_DueAt_Id",
                schema: "mediation",
                table: "MediationDeadlines");

            migrationBuilder.DropIndex(
                name: "IX_MediationDeadlines_CompletedAt_CancelledAt_MissedAt_RemindAt",
                schema: "mediation",
                table: "MediationDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_MediationDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "mediation",
                table: "MediationDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });
        }
    }
}
