using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Arbitration
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
                name: "ArbitrationApplications",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApplicantIsMigrantWorker = table.Column<bool>(type: "INTEGER", nullable: false),
                    RespondentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RespondentCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AcceptanceDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptanceDecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NoticeArbitrators = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NoticeDefenceDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeEvidenceDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeHearingAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NoticeHearingPlace = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NoticeIssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NoticeIssuedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationDeadlines",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    PolicyProfile = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectReference = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Traits = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TriggeredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TriggerDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemindAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Provisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Extended = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExtendedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExtensionApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ExtensionRecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExtensionRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MissedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PolicyName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    PolicyOutcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PolicyScope = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PolicyPeriod = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PolicyLegalBasis = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    PolicyDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PolicyDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LateUnderPolicy = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationDeadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationInbox",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ParkedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationInbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationLinkageSequences",
                schema: "arbitration",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationLinkageSequences", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationOutbox",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ParkedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationScheduledCommands",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ParkedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationScheduledCommands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationClaims",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbitrationClaims_ArbitrationApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "ArbitrationApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationLegalAidReferrals",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsentRecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentRecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EconomicHardshipStated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedInTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    LawyerName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LawFirm = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LawyerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationLegalAidReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbitrationLegalAidReferrals_ArbitrationApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "ArbitrationApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationApplications_LinkageNumber",
                schema: "arbitration",
                table: "ArbitrationApplications",
                column: "LinkageNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationApplications_Status_ReceivedAt",
                schema: "arbitration",
                table: "ArbitrationApplications",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationClaims_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationClaims",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "arbitration",
                table: "ArbitrationDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationDeadlines_Provisional_CompletedAt_CancelledAt",
                schema: "arbitration",
                table: "ArbitrationDeadlines",
                columns: new[] { "Provisional", "CompletedAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationDeadlines_SubjectId_RuleId",
                schema: "arbitration",
                table: "ArbitrationDeadlines",
                columns: new[] { "SubjectId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationInbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "arbitration",
                table: "ArbitrationInbox",
                columns: new[] { "CompletedAt", "ParkedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationInbox_EventId_Handler",
                schema: "arbitration",
                table: "ArbitrationInbox",
                columns: new[] { "EventId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationInbox_LockedBy",
                schema: "arbitration",
                table: "ArbitrationInbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationLegalAidReferrals_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationOutbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "arbitration",
                table: "ArbitrationOutbox",
                columns: new[] { "CompletedAt", "ParkedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationOutbox_LockedBy",
                schema: "arbitration",
                table: "ArbitrationOutbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "arbitration",
                table: "ArbitrationScheduledCommands",
                columns: new[] { "CompletedAt", "CancelledAt", "ParkedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationScheduledCommands_Key",
                schema: "arbitration",
                table: "ArbitrationScheduledCommands",
                column: "Key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArbitrationClaims",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationDeadlines",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationInbox",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationLegalAidReferrals",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationLinkageSequences",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationOutbox",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationScheduledCommands",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationApplications",
                schema: "arbitration");
        }
    }
}
