using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Monolith.Migrations.PostgreSql.Union
{
    /// <inheritdoc />
    public partial class Initial_Union : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "union");

            migrationBuilder.CreateTable(
                name: "ActionItems",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MeetingTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Decision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OwnerModule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerAgencyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AssigneeName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MissedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Consultations",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WorkerName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WorkerIdNumber = table.Column<string>(type: "character varying(116)", maxLength: 116, nullable: true),
                    WorkerPhone = table.Column<string>(type: "character varying(124)", maxLength: 124, nullable: false),
                    WorkerIsPlatformWorker = table.Column<bool>(type: "boolean", nullable: false),
                    WorkerIsMigrantWorker = table.Column<bool>(type: "boolean", nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EmployerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Question = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UnionLawyerName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UnionLawFirm = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Deadlines",
                schema: "union",
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
                schema: "union",
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
                schema: "union",
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
                schema: "union",
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
                name: "MeetingRequests",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestingModule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestingAgency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    LinkedMatters = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OnlineLink = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ConvenedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ScheduledBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancellationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Attendance = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    MinutesSavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MinutesPublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MinutesPublishedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Agencies = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                schema: "union",
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
                name: "RhythmReminders",
                schema: "union",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RhythmReminders", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledCommands",
                schema: "union",
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
                name: "SupervisionLetters",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecipientCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Requests = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LinkageNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionLetters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActionItemProgress",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ActionItemId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItemProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionItemProgress_ActionItems_ActionItemId",
                        column: x => x.ActionItemId,
                        principalSchema: "union",
                        principalTable: "ActionItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationFollowUps",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationFollowUps_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalSchema: "union",
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidReferrals",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsentRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConsentRecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LawyerName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LawFirm = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LawyerAssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalAidReferrals_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalSchema: "union",
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "union",
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingParticipants",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyModule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AgencyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "union",
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MinutesDecisions",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OwnerModule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OwnerAgencyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AssigneeName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesDecisions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "union",
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItemProgress_ActionItemId",
                schema: "union",
                table: "ActionItemProgress",
                column: "ActionItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_MeetingId",
                schema: "union",
                table: "ActionItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_OwnerModule_Status_DueDate",
                schema: "union",
                table: "ActionItems",
                columns: new[] { "OwnerModule", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId",
                schema: "union",
                table: "AgendaItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationFollowUps_ConsultationId",
                schema: "union",
                table: "ConsultationFollowUps",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_LinkageNumber",
                schema: "union",
                table: "Consultations",
                column: "LinkageNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_Status_ReceivedAt",
                schema: "union",
                table: "Consultations",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "union",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "union",
                table: "Deadlines",
                columns: new[] { "Provisional", "CompletedAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "union",
                table: "Deadlines",
                columns: new[] { "SubjectId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "union",
                table: "IdempotentCommands",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "union",
                table: "IdempotentCommands",
                columns: new[] { "UserName", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "union",
                table: "Inbox",
                columns: new[] { "CompletedAt", "ParkedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "union",
                table: "Inbox",
                columns: new[] { "EventId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_LockedBy",
                schema: "union",
                table: "Inbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidReferrals_ConsultationId",
                schema: "union",
                table: "LegalAidReferrals",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_MeetingId",
                schema: "union",
                table: "MeetingParticipants",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_Status_RequestedAt",
                schema: "union",
                table: "MeetingRequests",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_StartsAt_Status",
                schema: "union",
                table: "Meetings",
                columns: new[] { "StartsAt", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MinutesDecisions_MeetingId",
                schema: "union",
                table: "MinutesDecisions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "union",
                table: "Outbox",
                columns: new[] { "CompletedAt", "ParkedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_LockedBy",
                schema: "union",
                table: "Outbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "union",
                table: "ScheduledCommands",
                columns: new[] { "CompletedAt", "CancelledAt", "ParkedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "union",
                table: "ScheduledCommands",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionLetters_Kind_Year_Sequence",
                schema: "union",
                table: "SupervisionLetters",
                columns: new[] { "Kind", "Year", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionItemProgress",
                schema: "union");

            migrationBuilder.DropTable(
                name: "AgendaItems",
                schema: "union");

            migrationBuilder.DropTable(
                name: "ConsultationFollowUps",
                schema: "union");

            migrationBuilder.DropTable(
                name: "Deadlines",
                schema: "union");

            migrationBuilder.DropTable(
                name: "IdempotentCommands",
                schema: "union");

            migrationBuilder.DropTable(
                name: "Inbox",
                schema: "union");

            migrationBuilder.DropTable(
                name: "LegalAidReferrals",
                schema: "union");

            migrationBuilder.DropTable(
                name: "LinkageSequences",
                schema: "union");

            migrationBuilder.DropTable(
                name: "MeetingParticipants",
                schema: "union");

            migrationBuilder.DropTable(
                name: "MeetingRequests",
                schema: "union");

            migrationBuilder.DropTable(
                name: "MinutesDecisions",
                schema: "union");

            migrationBuilder.DropTable(
                name: "Outbox",
                schema: "union");

            migrationBuilder.DropTable(
                name: "RhythmReminders",
                schema: "union");

            migrationBuilder.DropTable(
                name: "ScheduledCommands",
                schema: "union");

            migrationBuilder.DropTable(
                name: "SupervisionLetters",
                schema: "union");

            migrationBuilder.DropTable(
                name: "ActionItems",
                schema: "union");

            migrationBuilder.DropTable(
                name: "Consultations",
                schema: "union");

            migrationBuilder.DropTable(
                name: "Meetings",
                schema: "union");
        }
    }
}
