using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.PostgreSql.Inspection
{
    /// <inheritdoc />
    public partial class Initial_Inspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "inspection");

            migrationBuilder.CreateTable(
                name: "Cases",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ChannelReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EmployerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    EmployerAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Facts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AmountInvolved = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ViolationStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ViolationEndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AcceptanceDecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcceptanceDecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AcceptanceNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FilingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    NonAcceptanceGround = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NonAcceptanceReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Guidance = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GuidanceNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NonAcceptanceNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PenaltyDescription = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PenaltyAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PenaltyProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PenaltyProposedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    HearingRequestDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingRequestDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HearingRequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HearingHeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PenaltyDecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PenaltyDecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PenaltyDecision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PenaltyDecidedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    WagesRecovered = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    WorkersCovered = table.Column<int>(type: "integer", nullable: true),
                    ClosureSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Deadlines",
                schema: "inspection",
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
                name: "DocumentSequences",
                schema: "inspection",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentSequences", x => new { x.Kind, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "EvidenceRequests",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequestingModule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequestingAgencyName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestingCaseReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WorkerName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    ProjectManager = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EvidenceSought = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WhyWorkerCannotObtain = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Notified = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NotifiedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CollectedItems = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Explanation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AnsweredInTime = table.Column<bool>(type: "boolean", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotentCommands",
                schema: "inspection",
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
                schema: "inspection",
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
                name: "Leads",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeadId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReportingModule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReportingAgencyName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReportingCaseReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Facts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WorkersAffected = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseLinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Feedback = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FeedbackInTime = table.Column<bool>(type: "boolean", nullable: true),
                    OutcomeReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OutcomeFeedback = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkageSequences",
                schema: "inspection",
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
                schema: "inspection",
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
                name: "RiskAlerts",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubjectKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubjectName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Level = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    RulesJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LinkedMatters = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseLinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DismissalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledCommands",
                schema: "inspection",
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
                name: "ArbitrationReferrals",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReferredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReferredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbitrationReferrals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    By = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseWorkers",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ResidentIdNumber = table.Column<string>(type: "character varying(116)", maxLength: 116, nullable: true),
                    Phone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: true),
                    IsMigrantWorker = table.Column<bool>(type: "boolean", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseWorkers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseWorkers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Inquiries",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AppearAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Materials = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inquiries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidReferrals",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsentRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConsentRecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EconomicHardshipStated = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedInTime = table.Column<bool>(type: "boolean", nullable: true),
                    LawyerName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LawFirm = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LawyerPhone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LawyerAssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalAidReferrals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Orders",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Requirements = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PeriodDays = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ComplianceRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ComplianceRecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AmountPaid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ComplianceNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CompliedLate = table.Column<bool>(type: "boolean", nullable: false),
                    OverdueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Orders_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Statements",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Statements_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationReferrals_CaseId",
                schema: "inspection",
                table: "ArbitrationReferrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId",
                schema: "inspection",
                table: "CaseEvents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DivisionCode",
                schema: "inspection",
                table: "Cases",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_EmployerCreditCode",
                schema: "inspection",
                table: "Cases",
                column: "EmployerCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LinkageNumber",
                schema: "inspection",
                table: "Cases",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_ReceivedAt",
                schema: "inspection",
                table: "Cases",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseWorkers_CaseId",
                schema: "inspection",
                table: "CaseWorkers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseWorkers_ResidentIdNumber",
                schema: "inspection",
                table: "CaseWorkers",
                column: "ResidentIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "inspection",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "inspection",
                table: "Deadlines",
                columns: new[] { "Provisional", "CompletedAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "inspection",
                table: "Deadlines",
                columns: new[] { "SubjectId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceRequests_LinkageNumber",
                schema: "inspection",
                table: "EvidenceRequests",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceRequests_RequestId",
                schema: "inspection",
                table: "EvidenceRequests",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceRequests_RequestingModule_ReceivedAt",
                schema: "inspection",
                table: "EvidenceRequests",
                columns: new[] { "RequestingModule", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "inspection",
                table: "IdempotentCommands",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "inspection",
                table: "IdempotentCommands",
                columns: new[] { "UserName", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "inspection",
                table: "Inbox",
                columns: new[] { "CompletedAt", "ParkedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "inspection",
                table: "Inbox",
                columns: new[] { "EventId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_LockedBy",
                schema: "inspection",
                table: "Inbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_CaseId",
                schema: "inspection",
                table: "Inquiries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_CaseId",
                schema: "inspection",
                table: "Leads",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_LeadId",
                schema: "inspection",
                table: "Leads",
                column: "LeadId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_LinkageNumber",
                schema: "inspection",
                table: "Leads",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_ReportingModule_ReceivedAt",
                schema: "inspection",
                table: "Leads",
                columns: new[] { "ReportingModule", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidReferrals_CaseId",
                schema: "inspection",
                table: "LegalAidReferrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CaseId",
                schema: "inspection",
                table: "Orders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_DueAt",
                schema: "inspection",
                table: "Orders",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "inspection",
                table: "Outbox",
                columns: new[] { "CompletedAt", "ParkedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_LockedBy",
                schema: "inspection",
                table: "Outbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_AlertId",
                schema: "inspection",
                table: "RiskAlerts",
                column: "AlertId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_Status_Level",
                schema: "inspection",
                table: "RiskAlerts",
                columns: new[] { "Status", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "inspection",
                table: "ScheduledCommands",
                columns: new[] { "CompletedAt", "CancelledAt", "ParkedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "inspection",
                table: "ScheduledCommands",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_CaseId",
                schema: "inspection",
                table: "Statements",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArbitrationReferrals",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "CaseEvents",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "CaseWorkers",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "Deadlines",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "DocumentSequences",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "EvidenceRequests",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "IdempotentCommands",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "Inbox",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "Inquiries",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "Leads",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "LegalAidReferrals",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "LinkageSequences",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "Orders",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "Outbox",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "RiskAlerts",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "ScheduledCommands",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "Statements",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "Cases",
                schema: "inspection");
        }
    }
}
