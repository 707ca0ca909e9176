using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Inspection
{
    /// <inheritdoc />
    public partial class RiskAlerts_Inspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InspectionRiskAlerts",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AlertId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LinkageNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SubjectKind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SubjectKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SubjectName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DistrictCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: true),
                    Level = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Score = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: false),
                    RulesJson = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    LinkedMatters = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CaseLinkageNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    DismissalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionRiskAlerts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRiskAlerts_AlertId",
                schema: "inspection",
                table: "InspectionRiskAlerts",
                column: "AlertId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRiskAlerts_Status_Level",
                schema: "inspection",
                table: "InspectionRiskAlerts",
                columns: new[] { "Status", "Level" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InspectionRiskAlerts",
                schema: "inspection");
        }
    }
}
