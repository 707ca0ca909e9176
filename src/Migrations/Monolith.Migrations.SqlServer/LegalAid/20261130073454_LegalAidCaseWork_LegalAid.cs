using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.LegalAid
{
    /// <inheritdoc />
    public partial class LegalAidCaseWork_LegalAid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AdvanceAidAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvanceAidBasis",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArchiveNumber",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ArchivedAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AssignedAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Channel",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosureSummary",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "DeclaredMonthlyIncomePerCapita",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "decimal(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Exemption",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GrantReasons",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "MaterialsNoticeAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "MaterialsSupplementedAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MissingMaterials",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ObjectionDecidedAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ObjectionDecidedBy",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ObjectionDecisionReasons",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ObjectionReceivedAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ObjectionText",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ObjectionUpheld",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceivedBy",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SatisfactionComment",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SatisfactionRecordedAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SatisfactionScore",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SupplementDueOn",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LegalAidLawyerEngagements",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EmployerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    Matter = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LawyerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidLawyerEngagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalAidLawyerEngagements_LegalAidLawyers_LawyerId",
                        column: x => x.LawyerId,
                        principalSchema: "legalaid",
                        principalTable: "LegalAidLawyers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidRepresentations",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Forum = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CaseReference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Account = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidRepresentations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalAidRepresentations_LegalAidApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "legalaid",
                        principalTable: "LegalAidApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidRequests",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidTimeLimits",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LinkageNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Basis = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidTimeLimits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidRequestAnswers",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    GivenBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    GivenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    InTime = table.Column<bool>(type: "bit", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidRequestAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalAidRequestAnswers_LegalAidRequests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "legalaid",
                        principalTable: "LegalAidRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidApplications_LawyerId",
                schema: "legalaid",
                table: "LegalAidApplications",
                column: "LawyerId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidLawyerEngagements_LawyerId",
                schema: "legalaid",
                table: "LegalAidLawyerEngagements",
                column: "LawyerId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidRepresentations_ApplicationId",
                schema: "legalaid",
                table: "LegalAidRepresentations",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidRequestAnswers_EventId",
                schema: "legalaid",
                table: "LegalAidRequestAnswers",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidRequestAnswers_RequestId",
                schema: "legalaid",
                table: "LegalAidRequestAnswers",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidRequests_ApplicationId",
                schema: "legalaid",
                table: "LegalAidRequests",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidTimeLimits_LinkageNumber",
                schema: "legalaid",
                table: "LegalAidTimeLimits",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidTimeLimits_SourceId",
                schema: "legalaid",
                table: "LegalAidTimeLimits",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LegalAidLawyerEngagements",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LegalAidRepresentations",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LegalAidRequestAnswers",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LegalAidTimeLimits",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LegalAidRequests",
                schema: "legalaid");

            migrationBuilder.DropIndex(
                name: "IX_LegalAidApplications_LawyerId",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "AdvanceAidAt",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "AdvanceAidBasis",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ArchiveNumber",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "Channel",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ClosureSummary",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "DeclaredMonthlyIncomePerCapita",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "Exemption",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "GrantReasons",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "MaterialsNoticeAt",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "MaterialsSupplementedAt",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "MissingMaterials",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ObjectionDecidedAt",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ObjectionDecidedBy",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ObjectionDecisionReasons",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ObjectionReceivedAt",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ObjectionText",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ObjectionUpheld",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "ReceivedBy",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "SatisfactionComment",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "SatisfactionRecordedAt",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "SatisfactionScore",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "SupplementDueOn",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                schema: "legalaid",
                table: "LegalAidApplications");
        }
    }
}
