using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.PostgreSql.Mediation
{
    /// <inheritdoc />
    public partial class Initial_Mediation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "mediation");

            migrationBuilder.CreateTable(
                name: "Cases",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "character varying(116)", maxLength: 116, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: false),
                    RespondentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RespondentCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EntrustmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    EntrustmentKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EntrustingModule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EntrustingAgencyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EntrustingCaseReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EntrustedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EntrustedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NegotiationId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganisationName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ByEnterpriseCommittee = table.Column<bool>(type: "boolean", nullable: false),
                    MediatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    MediatorName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NotAcceptedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NotAcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AgreementTerms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AgreedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PerformanceDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PerformanceMethod = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PerformanceCapacityNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AgreementDraftedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementDraftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AgreementDraftedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    WorkerSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EmployerSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementEffectiveAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AgreementEffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeIssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NoticeIssuedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FollowUpDueSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PerformedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotPerformedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NonPerformanceNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    GuidedToArbitrationAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PaymentOrderCourt = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PaymentOrderAppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaymentOrderStage = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PaymentOrderAcceptanceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaymentOrderIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaymentOrderDebtorServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaymentOrderResultOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalAidReferralId = table.Column<Guid>(type: "uuid", nullable: true),
                    LegalAidReferredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LegalAidReferredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LegalAidGranted = table.Column<bool>(type: "boolean", nullable: true),
                    LegalAidLawyerName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LegalAidLawFirm = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LegalAidLawyerPhone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: true),
                    LegalAidRefusalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LegalAidDecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LegalAidDecidedInTime = table.Column<bool>(type: "boolean", nullable: true),
                    LegalAidLawyerAssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmationRoute = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ConfirmationCourt = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ConfirmationAppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmationAccepted = table.Column<bool>(type: "boolean", nullable: true),
                    ConfirmationAcceptanceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmationConfirmed = table.Column<bool>(type: "boolean", nullable: true),
                    ConfirmationRuledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmationNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReviewRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewAppliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewAppliedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReviewDecision = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReviewAppliedInTime = table.Column<bool>(type: "boolean", nullable: true),
                    ReviewReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReviewDocumentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReviewDecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EndNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConcludedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConcludedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ResultReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Deadlines",
                schema: "mediation",
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
                name: "Experts",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Affiliation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: false),
                    Available = table.Column<bool>(type: "boolean", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotentCommands",
                schema: "mediation",
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
                schema: "mediation",
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
                schema: "mediation",
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
                name: "Negotiations",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnionName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    WorkerName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WorkerIdNumber = table.Column<string>(type: "character varying(116)", maxLength: 116, nullable: false),
                    WorkerPhone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Matters = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ClaimedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnswerNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SettlementTerms = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SettlementAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    SettlementPerformanceDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SettlementSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SettlementRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SettlementRecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PerformanceRecordedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MediationCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Negotiations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    StaffCount = table.Column<int>(type: "integer", nullable: true),
                    AcceptsEntrustedCases = table.Column<bool>(type: "boolean", nullable: false),
                    FiledWith = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FilingNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                schema: "mediation",
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
                schema: "mediation",
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
                name: "CaseExperts",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExpertId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InvitedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseExperts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseExperts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "mediation",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "mediation",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpVisits",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Method = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Finding = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpVisits_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "mediation",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sessions",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Participants = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sessions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "mediation",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Mediators",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Phone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: false),
                    Qualifications = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Available = table.Column<bool>(type: "boolean", nullable: false),
                    AvailabilityNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mediators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mediators_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalSchema: "mediation",
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseExperts_CaseId",
                schema: "mediation",
                table: "CaseExperts",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_EntrustmentId",
                schema: "mediation",
                table: "Cases",
                column: "EntrustmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LegalAidReferralId",
                schema: "mediation",
                table: "Cases",
                column: "LegalAidReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LinkageNumber_Sequence",
                schema: "mediation",
                table: "Cases",
                columns: new[] { "LinkageNumber", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_NegotiationId",
                schema: "mediation",
                table: "Cases",
                column: "NegotiationId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_AcceptedAt",
                schema: "mediation",
                table: "Cases",
                columns: new[] { "OrganisationId", "AcceptedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReviewRequestId",
                schema: "mediation",
                table: "Cases",
                column: "ReviewRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_ReceivedAt",
                schema: "mediation",
                table: "Cases",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_CaseId",
                schema: "mediation",
                table: "Claims",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "mediation",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "mediation",
                table: "Deadlines",
                columns: new[] { "Provisional", "CompletedAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "mediation",
                table: "Deadlines",
                columns: new[] { "SubjectId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpVisits_CaseId",
                schema: "mediation",
                table: "FollowUpVisits",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "mediation",
                table: "IdempotentCommands",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "mediation",
                table: "IdempotentCommands",
                columns: new[] { "UserName", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "mediation",
                table: "Inbox",
                columns: new[] { "CompletedAt", "ParkedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "mediation",
                table: "Inbox",
                columns: new[] { "EventId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_LockedBy",
                schema: "mediation",
                table: "Inbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Mediators_OrganisationId",
                schema: "mediation",
                table: "Mediators",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Negotiations_LinkageNumber",
                schema: "mediation",
                table: "Negotiations",
                column: "LinkageNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Negotiations_Status_RequestedAt",
                schema: "mediation",
                table: "Negotiations",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                schema: "mediation",
                table: "Organisations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "mediation",
                table: "Outbox",
                columns: new[] { "CompletedAt", "ParkedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_LockedBy",
                schema: "mediation",
                table: "Outbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "mediation",
                table: "ScheduledCommands",
                columns: new[] { "CompletedAt", "CancelledAt", "ParkedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "mediation",
                table: "ScheduledCommands",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_CaseId",
                schema: "mediation",
                table: "Sessions",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseExperts",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "Claims",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "Deadlines",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "Experts",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "FollowUpVisits",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "IdempotentCommands",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "Inbox",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "LinkageSequences",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "Mediators",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "Negotiations",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "Outbox",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "ScheduledCommands",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "Sessions",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "Organisations",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "Cases",
                schema: "mediation");
        }
    }
}
