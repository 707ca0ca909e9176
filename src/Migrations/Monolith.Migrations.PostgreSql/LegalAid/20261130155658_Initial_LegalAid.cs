using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.PostgreSql.LegalAid
{
    /// <inheritdoc />
    public partial class Initial_LegalAid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "legalaid");

            migrationBuilder.CreateTable(
                name: "Applications",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "character varying(116)", maxLength: 116, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: false),
                    ApplicantIsMigrantWorker = table.Column<bool>(type: "boolean", nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReferringModule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ReferringAgencyName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReferringCaseReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReferredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ConsentRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EconomicHardshipStated = table.Column<bool>(type: "boolean", nullable: false),
                    HardshipStatement = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MatterDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PersonalDataConsentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeclaredMonthlyIncomePerCapita = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Exemption = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HardshipCheckWaived = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MissingMaterials = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MaterialsNoticeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SupplementDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MaterialsSupplementedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AdvanceAidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AdvanceAidBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    GrantReasons = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ObjectionReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ObjectionText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ObjectionUpheld = table.Column<bool>(type: "boolean", nullable: true),
                    ObjectionDecisionReasons = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ObjectionDecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ObjectionDecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LawyerId = table.Column<Guid>(type: "uuid", nullable: true),
                    LawyerName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LawFirm = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LawyerPhone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: true),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReplacedLawyerName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ReplacementReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReplacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosureSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ArchiveNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SatisfactionScore = table.Column<int>(type: "integer", nullable: true),
                    SatisfactionComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SatisfactionRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Deadlines",
                schema: "legalaid",
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
                schema: "legalaid",
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
                schema: "legalaid",
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
                name: "Lawyers",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Firm = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lawyers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkageSequences",
                schema: "legalaid",
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
                schema: "legalaid",
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
                name: "Requests",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledCommands",
                schema: "legalaid",
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
                name: "TimeLimits",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimeLimits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "legalaid",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Representations",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Forum = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CaseReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Account = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Representations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Representations_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "legalaid",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LawyerEngagements",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Matter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LawyerId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LawyerEngagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LawyerEngagements_Lawyers_LawyerId",
                        column: x => x.LawyerId,
                        principalSchema: "legalaid",
                        principalTable: "Lawyers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestAnswers",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    GivenBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InTime = table.Column<bool>(type: "boolean", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestAnswers_Requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "legalaid",
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_LawyerId",
                schema: "legalaid",
                table: "Applications",
                column: "LawyerId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_LinkageNumber",
                schema: "legalaid",
                table: "Applications",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ReferralId",
                schema: "legalaid",
                table: "Applications",
                column: "ReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_ReceivedAt",
                schema: "legalaid",
                table: "Applications",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ApplicationId",
                schema: "legalaid",
                table: "Claims",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "legalaid",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "legalaid",
                table: "Deadlines",
                columns: new[] { "Provisional", "CompletedAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "legalaid",
                table: "Deadlines",
                columns: new[] { "SubjectId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "legalaid",
                table: "IdempotentCommands",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "legalaid",
                table: "IdempotentCommands",
                columns: new[] { "UserName", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "legalaid",
                table: "Inbox",
                columns: new[] { "CompletedAt", "ParkedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "legalaid",
                table: "Inbox",
                columns: new[] { "EventId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_LockedBy",
                schema: "legalaid",
                table: "Inbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_LawyerEngagements_LawyerId",
                schema: "legalaid",
                table: "LawyerEngagements",
                column: "LawyerId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "legalaid",
                table: "Outbox",
                columns: new[] { "CompletedAt", "ParkedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_LockedBy",
                schema: "legalaid",
                table: "Outbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Representations_ApplicationId",
                schema: "legalaid",
                table: "Representations",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestAnswers_EventId",
                schema: "legalaid",
                table: "RequestAnswers",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestAnswers_RequestId",
                schema: "legalaid",
                table: "RequestAnswers",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_ApplicationId",
                schema: "legalaid",
                table: "Requests",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "legalaid",
                table: "ScheduledCommands",
                columns: new[] { "CompletedAt", "CancelledAt", "ParkedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "legalaid",
                table: "ScheduledCommands",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_TimeLimits_LinkageNumber",
                schema: "legalaid",
                table: "TimeLimits",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_TimeLimits_SourceId",
                schema: "legalaid",
                table: "TimeLimits",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Claims",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "Deadlines",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "IdempotentCommands",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "Inbox",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LawyerEngagements",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LinkageSequences",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "Outbox",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "Representations",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "RequestAnswers",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "ScheduledCommands",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "TimeLimits",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "Lawyers",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "Applications",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "Requests",
                schema: "legalaid");
        }
    }
}
