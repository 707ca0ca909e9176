using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Arbitration
{
    /// <inheritdoc />
    public partial class ApplicationListOrder_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_ReceivedAt",
                schema: "arbitration",
                table: "Applications");

            migrationBuilder.AddColumn<bool>(
                name: "ListedFirst",
                schema: "arbitration",
                table: "Applications",
                type: "bit",
                nullable: false,
                defaultValue: false);

            // Open collective disputes are listed first (ArbitrationApplication.ListedFirst, ADR 0086).
            migrationBuilder.Sql(@"UPDATE [arbitration].[Applications] SET [ListedFirst] = CAST(1 AS bit) WHERE [WorkerCount] >= 10 AND [Status] IN (N'Registered', N'Filed');");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ListedFirst_ReceivedAt_Id",
                schema: "arbitration",
                table: "Applications",
                columns: new[] { "ListedFirst", "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status",
                schema: "arbitration",
                table: "Applications",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_ListedFirst_ReceivedAt_Id",
                schema: "arbitration",
                table: "Applications",
                columns: new[] { "Status", "ListedFirst", "ReceivedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_ListedFirst_ReceivedAt_Id",
                schema: "arbitration",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Status",
                schema: "arbitration",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_ListedFirst_ReceivedAt_Id",
                schema: "arbitration",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ListedFirst",
                schema: "arbitration",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_ReceivedAt",
                schema: "arbitration",
                table: "Applications",
                columns: new[] { "Status", "ReceivedAt" });
        }
    }
}
