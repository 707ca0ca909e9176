using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Arbitration
{
    /// <inheritdoc />
    public partial class ApplicationListOrder_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArbitrationApplications_Status_ReceivedAt",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.AddColumn<bool>(
                name: "ListedFirst",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Open collective disputes are listed first (ArbitrationApplication.ListedFirst, ADR 0086).
            migrationBuilder.Sql(@"UPDATE ""ArbitrationApplications"" SET ""ListedFirst"" = 1 WHERE ""WorkerCount"" >= 10 AND ""Status"" IN ('Registered', 'Filed');");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationApplications_ListedFirst_ReceivedAt_Id",
                schema: "arbitration",
                table: "ArbitrationApplications",
                columns: new[] { "ListedFirst", "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationApplications_Status",
                schema: "arbitration",
                table: "ArbitrationApplications",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationApplications_Status_ListedFirst_ReceivedAt_Id",
                schema: "arbitration",
                table: "ArbitrationApplications",
                columns: new[] { "Status", "ListedFirst", "ReceivedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArbitrationApplications_ListedFirst_ReceivedAt_Id",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropIndex(
                name: "IX_ArbitrationApplications_Status",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropIndex(
                name: "IX_ArbitrationApplications_Status_ListedFirst_ReceivedAt_Id",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "ListedFirst",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationApplications_Status_ReceivedAt",
                schema: "arbitration",
                table: "ArbitrationApplications",
                columns: new[] { "Status", "ReceivedAt" });
        }
    }
}
