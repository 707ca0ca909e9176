using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.PostgreSql.Arbitration
{
    /// <inheritdoc />
    public partial class Initial_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "arbitration");

            migrationBuilder.CreateTable(
                name: "AgreementReviews",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequestingModule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReviewRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    MediatingOrganisation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AgreementNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AgreementTerms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AgreedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AgreementEffectiveAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WorkerName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AppliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AppliedInTime = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RefusalGround = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Applications",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "character varying(116)", maxLength: 116, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: false),
                    ApplicantIsMigrantWorker = table.Column<bool>(type: "boolean", nullable: false),
                    RespondentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RespondentCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AcceptanceDecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcceptanceDecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NoticeArbitrators = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NoticeDefenceDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeEvidenceDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeHearingAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NoticeHearingPlace = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NoticeIssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NoticeIssuedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LinkedReferralId = table.Column<Guid>(type: "uuid", nullable: true),
                    LinkedAgencyName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LinkedCaseReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LinkedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LinkedReliefFirstSoughtOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LinkedReferredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LinkedReferredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    WorkerCount = table.Column<int>(type: "integer", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    KnewOfInfringementOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EmploymentEndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MaterialsMissing = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SupplementRequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SupplementedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApplicationCopyReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DefenceReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DefenceCopyServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SimplifiedBasis = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AwardClockStart = table.Column<DateOnly>(type: "date", nullable: true),
                    AwardClockStartReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ExtensionApprovalNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ExtensionApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ExtensionRecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MediationNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    MediationTerms = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MediationAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    MediationMadeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MediationRecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintInterruptions",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterruptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    WorkersCovered = table.Column<int>(type: "integer", nullable: false),
                    Basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintInterruptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Deadlines",
                schema: "arbitration",
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
                name: "DraftsFromMediation",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MediationCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "character varying(116)", maxLength: 116, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: false),
                    ApplicantIsMigrantWorker = table.Column<bool>(type: "boolean", nullable: false),
                    RespondentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RespondentCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ClaimsSummary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ClaimedTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    MediationEndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftsFromMediation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotentCommands",
                schema: "arbitration",
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
                schema: "arbitration",
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
                name: "LinkageSequences",
                schema: "arbitration",
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
                schema: "arbitration",
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
                name: "ScheduledCommands",
                schema: "arbitration",
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
                name: "Awards",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IsPartial = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reasoning = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IsFinalAward = table.Column<bool>(type: "boolean", nullable: false),
                    Threshold = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ClassificationSummary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    WorkerReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EmployerReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Awards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Awards_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedByAwardId = table.Column<Guid>(type: "uuid", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AwardedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AdvanceExecution = table.Column<bool>(type: "boolean", nullable: false),
                    Classification = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClockPauses",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockPauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClockPauses_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceCollections",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    WhyWorkerCannotCollect = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Result = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ResultAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceCollections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceCollections_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hearings",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Room = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NoticeServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PostponementRequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PostponementReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PostponementRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hearings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hearings_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LapsedExtensions",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApprovalNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    LapsedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RestartReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LapsedExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LapsedExtensions_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidReferrals",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
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
                    LawyerReplaced = table.Column<bool>(type: "boolean", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalAidReferrals_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Letters",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Requests = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Letters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Letters_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LimitationEvents",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LimitationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LimitationEvents_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationEntrustments",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RespondentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ClaimsSummary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EntrustedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EntrustedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OrganisationName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AgreementSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AgreedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PerformanceDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ResultAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationEntrustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationEntrustments_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementReviews_DocumentNumber",
                schema: "arbitration",
                table: "AgreementReviews",
                column: "DocumentNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementReviews_ReviewRequestId",
                schema: "arbitration",
                table: "AgreementReviews",
                column: "ReviewRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementReviews_Status",
                schema: "arbitration",
                table: "AgreementReviews",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CaseNumber",
                schema: "arbitration",
                table: "Applications",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_LinkageNumber",
                schema: "arbitration",
                table: "Applications",
                column: "LinkageNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_LinkedReferralId",
                schema: "arbitration",
                table: "Applications",
                column: "LinkedReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_ReceivedAt",
                schema: "arbitration",
                table: "Applications",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Awards_ApplicationId",
                schema: "arbitration",
                table: "Awards",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ApplicationId",
                schema: "arbitration",
                table: "Claims",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ClockPauses_ApplicationId",
                schema: "arbitration",
                table: "ClockPauses",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintInterruptions_ComplaintId",
                schema: "arbitration",
                table: "ComplaintInterruptions",
                column: "ComplaintId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintInterruptions_EmployerCreditCode",
                schema: "arbitration",
                table: "ComplaintInterruptions",
                column: "EmployerCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintInterruptions_LinkageNumber",
                schema: "arbitration",
                table: "ComplaintInterruptions",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "arbitration",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "arbitration",
                table: "Deadlines",
                columns: new[] { "Provisional", "CompletedAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "arbitration",
                table: "Deadlines",
                columns: new[] { "SubjectId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_DraftsFromMediation_LinkageNumber",
                schema: "arbitration",
                table: "DraftsFromMediation",
                column: "LinkageNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DraftsFromMediation_MediationCaseId",
                schema: "arbitration",
                table: "DraftsFromMediation",
                column: "MediationCaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceCollections_ApplicationId",
                schema: "arbitration",
                table: "EvidenceCollections",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_ApplicationId",
                schema: "arbitration",
                table: "Hearings",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_Room_StartsAt",
                schema: "arbitration",
                table: "Hearings",
                columns: new[] { "Room", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "arbitration",
                table: "IdempotentCommands",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "arbitration",
                table: "IdempotentCommands",
                columns: new[] { "UserName", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "arbitration",
                table: "Inbox",
                columns: new[] { "CompletedAt", "ParkedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "arbitration",
                table: "Inbox",
                columns: new[] { "EventId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_LockedBy",
                schema: "arbitration",
                table: "Inbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_LapsedExtensions_ApplicationId",
                schema: "arbitration",
                table: "LapsedExtensions",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidReferrals_ApplicationId",
                schema: "arbitration",
                table: "LegalAidReferrals",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_ApplicationId",
                schema: "arbitration",
                table: "Letters",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_LimitationEvents_ApplicationId",
                schema: "arbitration",
                table: "LimitationEvents",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationEntrustments_ApplicationId",
                schema: "arbitration",
                table: "MediationEntrustments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "arbitration",
                table: "Outbox",
                columns: new[] { "CompletedAt", "ParkedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_LockedBy",
                schema: "arbitration",
                table: "Outbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "arbitration",
                table: "ScheduledCommands",
                columns: new[] { "CompletedAt", "CancelledAt", "ParkedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "arbitration",
                table: "ScheduledCommands",
                column: "Key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementReviews",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "Awards",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "Claims",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ClockPauses",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ComplaintInterruptions",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "Deadlines",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "DraftsFromMediation",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "EvidenceCollections",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "Hearings",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "IdempotentCommands",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "Inbox",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "LapsedExtensions",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "LegalAidReferrals",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "Letters",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "LimitationEvents",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "LinkageSequences",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "MediationEntrustments",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "Outbox",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ScheduledCommands",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "Applications",
                schema: "arbitration");
        }
    }
}
