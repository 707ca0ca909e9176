using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Supervision
{
    /// <inheritdoc />
    public partial class LettersOversightRisk_Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FollowUpClosedAt",
                schema: "supervision",
                table: "SupervisionOversightEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FollowUpDueDate",
                schema: "supervision",
                table: "SupervisionOversightEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FollowUpOverdueAt",
                schema: "supervision",
                table: "SupervisionOversightEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpResult",
                schema: "supervision",
                table: "SupervisionOversightEntries",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SupervisionLetters",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceLetterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerModule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuerAgency = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecipientKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1200, nullable: false),
                    Requests = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReplyRuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReplyRuleTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReplyDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverdueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplyRecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RectificationEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RectifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RectificationRecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ChainRootId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PreviousLetterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EscalationStep = table.Column<int>(type: "INTEGER", nullable: false),
                    EscalatedToLetterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionLetters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionRiskAlerts",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Score = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    RulesFired = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionRiskAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionRiskAssessments",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Score = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RulesFired = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AssessedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastAlertLevel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LastAlertAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionRiskAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionRiskImports",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    RejectionReport = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionRiskImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionRiskIndicators",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EmployerKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Workers = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ImportBatchId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionRiskIndicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionRiskSettings",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    RulesJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionRiskSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionSupportRequests",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequestingModule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequestingAgencyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WorkerName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkerResidentIdNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkerPhone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Claims = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Supported = table.Column<bool>(type: "INTEGER", nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionSupportRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionLetters_ChainRootId",
                schema: "supervision",
                table: "SupervisionLetters",
                column: "ChainRootId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionLetters_IssuedAt",
                schema: "supervision",
                table: "SupervisionLetters",
                column: "IssuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionLetters_RecipientCreditCode",
                schema: "supervision",
                table: "SupervisionLetters",
                column: "RecipientCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionLetters_SourceModule_SourceLetterId",
                schema: "supervision",
                table: "SupervisionLetters",
                columns: new[] { "SourceModule", "SourceLetterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionLetters_Status_IssuedAt",
                schema: "supervision",
                table: "SupervisionLetters",
                columns: new[] { "Status", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRiskAlerts_EmployerKey",
                schema: "supervision",
                table: "SupervisionRiskAlerts",
                column: "EmployerKey");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRiskAlerts_RaisedAt",
                schema: "supervision",
                table: "SupervisionRiskAlerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRiskAssessments_EmployerKey",
                schema: "supervision",
                table: "SupervisionRiskAssessments",
                column: "EmployerKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRiskAssessments_Level_Score",
                schema: "supervision",
                table: "SupervisionRiskAssessments",
                columns: new[] { "Level", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRiskImports_ImportedAt",
                schema: "supervision",
                table: "SupervisionRiskImports",
                column: "ImportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRiskIndicators_EmployerKey_OccurredOn",
                schema: "supervision",
                table: "SupervisionRiskIndicators",
                columns: new[] { "EmployerKey", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRiskIndicators_LinkageNumber",
                schema: "supervision",
                table: "SupervisionRiskIndicators",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionRiskIndicators_SourceKey",
                schema: "supervision",
                table: "SupervisionRiskIndicators",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionSupportRequests_ReceivedAt",
                schema: "supervision",
                table: "SupervisionSupportRequests",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionSupportRequests_RequestId",
                schema: "supervision",
                table: "SupervisionSupportRequests",
                column: "RequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupervisionLetters",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "SupervisionRiskAlerts",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "SupervisionRiskAssessments",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "SupervisionRiskImports",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "SupervisionRiskIndicators",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "SupervisionRiskSettings",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "SupervisionSupportRequests",
                schema: "supervision");

            migrationBuilder.DropColumn(
                name: "FollowUpClosedAt",
                schema: "supervision",
                table: "SupervisionOversightEntries");

            migrationBuilder.DropColumn(
                name: "FollowUpDueDate",
                schema: "supervision",
                table: "SupervisionOversightEntries");

            migrationBuilder.DropColumn(
                name: "FollowUpOverdueAt",
                schema: "supervision",
                table: "SupervisionOversightEntries");

            migrationBuilder.DropColumn(
                name: "FollowUpResult",
                schema: "supervision",
                table: "SupervisionOversightEntries");
        }
    }
}
