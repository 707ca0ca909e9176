using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Supervision
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
                name: "SupervisionDeadlines",
                schema: "supervision",
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
                    table.PrimaryKey("PK_SupervisionDeadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionInbox",
                schema: "supervision",
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
                    table.PrimaryKey("PK_SupervisionInbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionLinkageSequences",
                schema: "supervision",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionLinkageSequences", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionOutbox",
                schema: "supervision",
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
                    table.PrimaryKey("PK_SupervisionOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionOversightEntries",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeadlineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", nullable: false),
                    AgencyName = table.Column<string>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RuleTitle = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    PolicyProfile = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MissedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectReference = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProvisionalCalendar = table.Column<bool>(type: "INTEGER", nullable: false),
                    FollowedUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FollowedUpBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FollowUpNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionOversightEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionScheduledCommands",
                schema: "supervision",
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
                    table.PrimaryKey("PK_SupervisionScheduledCommands", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "supervision",
                table: "SupervisionDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionDeadlines_Provisional_CompletedAt_CancelledAt",
                schema: "supervision",
                table: "SupervisionDeadlines",
                columns: new[] { "Provisional", "CompletedAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionDeadlines_SubjectId_RuleId",
                schema: "supervision",
                table: "SupervisionDeadlines",
                columns: new[] { "SubjectId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionInbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "supervision",
                table: "SupervisionInbox",
                columns: new[] { "CompletedAt", "ParkedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionInbox_EventId_Handler",
                schema: "supervision",
                table: "SupervisionInbox",
                columns: new[] { "EventId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionInbox_LockedBy",
                schema: "supervision",
                table: "SupervisionInbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOutbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "supervision",
                table: "SupervisionOutbox",
                columns: new[] { "CompletedAt", "ParkedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOutbox_LockedBy",
                schema: "supervision",
                table: "SupervisionOutbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOversightEntries_DeadlineId",
                schema: "supervision",
                table: "SupervisionOversightEntries",
                column: "DeadlineId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOversightEntries_FollowedUpAt_MissedAt",
                schema: "supervision",
                table: "SupervisionOversightEntries",
                columns: new[] { "FollowedUpAt", "MissedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "supervision",
                table: "SupervisionScheduledCommands",
                columns: new[] { "CompletedAt", "CancelledAt", "ParkedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionScheduledCommands_Key",
                schema: "supervision",
                table: "SupervisionScheduledCommands",
                column: "Key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupervisionDeadlines",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "SupervisionInbox",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "SupervisionLinkageSequences",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "SupervisionOutbox",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "SupervisionOversightEntries",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "SupervisionScheduledCommands",
                schema: "supervision");
        }
    }
}
