using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.PostgreSql.Supervision
{
    /// <inheritdoc />
    public partial class Initial_Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "supervision");

            migrationBuilder.CreateTable(
                name: "Deadlines",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    PolicyProfile = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Period = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectReference = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Traits = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TriggeredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TriggerDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemindAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Provisional = table.Column<bool>(type: "boolean", nullable: false),
                    Explanation = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Extended = table.Column<bool>(type: "boolean", nullable: false),
                    ExtendedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ExtensionApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ExtensionRecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ExtensionRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MissedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PolicyName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    PolicyOutcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PolicyScope = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PolicyPeriod = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PolicyLegalBasis = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    PolicyDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PolicyDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LateUnderPolicy = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotentCommands",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RequestType = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Response = table.Column<string>(type: "text", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotentCommands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Inbox",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Handler = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Type = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceModule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ParkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Letters",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceModule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceLetterId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuerModule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuerAgency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecipientKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecipientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecipientCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(1200)", maxLength: 1200, nullable: false),
                    Requests = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReplyRuleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReplyRuleTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReplyDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReminderSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OverdueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplyRecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RectificationEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RectifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RectificationRecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ChainRootId = table.Column<Guid>(type: "uuid", nullable: false),
                    PreviousLetterId = table.Column<Guid>(type: "uuid", nullable: true),
                    EscalationStep = table.Column<int>(type: "integer", nullable: false),
                    EscalatedToLetterId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Letters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkageSequences",
                schema: "supervision",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkageSequences", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Recipient = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ParkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OversightEntries",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeadlineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Module = table.Column<string>(type: "text", nullable: false),
                    AgencyName = table.Column<string>(type: "text", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RuleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RuleTitle = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    PolicyProfile = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    MissedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubjectReference = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ProvisionalCalendar = table.Column<bool>(type: "boolean", nullable: false),
                    FollowedUpAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FollowedUpBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FollowUpNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FollowUpDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpResult = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FollowUpClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FollowUpOverdueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskAlerts",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Level = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Score = table.Column<double>(type: "double precision", precision: 18, scale: 2, nullable: false),
                    RulesFired = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskAssessments",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Industry = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Score = table.Column<double>(type: "double precision", precision: 18, scale: 2, nullable: false),
                    Level = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RulesFired = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AssessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastAlertLevel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LastAlertAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskImports",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Accepted = table.Column<bool>(type: "boolean", nullable: false),
                    RejectionReport = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskIndicators",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    EmployerKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Industry = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Workers = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ImportBatchId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskIndicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskSettings",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RulesJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledCommands",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    Key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    LinkageNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ParkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledCommands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupportRequests",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequestingModule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequestingAgencyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WorkerName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WorkerResidentIdNumber = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    WorkerPhone = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Claims = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Supported = table.Column<bool>(type: "boolean", nullable: true),
                    DecisionReasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "supervision",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "supervision",
                table: "Deadlines",
                columns: new[] { "Provisional", "CompletedAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "supervision",
                table: "Deadlines",
                columns: new[] { "SubjectId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "supervision",
                table: "IdempotentCommands",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "supervision",
                table: "IdempotentCommands",
                columns: new[] { "UserName", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "supervision",
                table: "Inbox",
                columns: new[] { "CompletedAt", "ParkedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "supervision",
                table: "Inbox",
                columns: new[] { "EventId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_LockedBy",
                schema: "supervision",
                table: "Inbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_ChainRootId",
                schema: "supervision",
                table: "Letters",
                column: "ChainRootId");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_IssuedAt",
                schema: "supervision",
                table: "Letters",
                column: "IssuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_RecipientCreditCode",
                schema: "supervision",
                table: "Letters",
                column: "RecipientCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_SourceModule_SourceLetterId",
                schema: "supervision",
                table: "Letters",
                columns: new[] { "SourceModule", "SourceLetterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Letters_Status_IssuedAt",
                schema: "supervision",
                table: "Letters",
                columns: new[] { "Status", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "supervision",
                table: "Outbox",
                columns: new[] { "CompletedAt", "ParkedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_LockedBy",
                schema: "supervision",
                table: "Outbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_OversightEntries_DeadlineId",
                schema: "supervision",
                table: "OversightEntries",
                column: "DeadlineId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OversightEntries_FollowedUpAt_MissedAt",
                schema: "supervision",
                table: "OversightEntries",
                columns: new[] { "FollowedUpAt", "MissedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_EmployerKey",
                schema: "supervision",
                table: "RiskAlerts",
                column: "EmployerKey");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_RaisedAt",
                schema: "supervision",
                table: "RiskAlerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_EmployerKey",
                schema: "supervision",
                table: "RiskAssessments",
                column: "EmployerKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_Level_Score",
                schema: "supervision",
                table: "RiskAssessments",
                columns: new[] { "Level", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskImports_ImportedAt",
                schema: "supervision",
                table: "RiskImports",
                column: "ImportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RiskIndicators_EmployerKey_OccurredOn",
                schema: "supervision",
                table: "RiskIndicators",
                columns: new[] { "EmployerKey", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskIndicators_LinkageNumber",
                schema: "supervision",
                table: "RiskIndicators",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_RiskIndicators_SourceKey",
                schema: "supervision",
                table: "RiskIndicators",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "supervision",
                table: "ScheduledCommands",
                columns: new[] { "CompletedAt", "CancelledAt", "ParkedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "supervision",
                table: "ScheduledCommands",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_ReceivedAt",
                schema: "supervision",
                table: "SupportRequests",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_RequestId",
                schema: "supervision",
                table: "SupportRequests",
                column: "RequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Deadlines",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "IdempotentCommands",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "Inbox",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "Letters",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "LinkageSequences",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "Outbox",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "OversightEntries",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "RiskAlerts",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "RiskAssessments",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "RiskImports",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "RiskIndicators",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "RiskSettings",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "ScheduledCommands",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "SupportRequests",
                schema: "supervision");
        }
    }
}
