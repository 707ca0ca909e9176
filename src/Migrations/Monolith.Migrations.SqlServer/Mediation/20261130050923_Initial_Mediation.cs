using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Mediation
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
                name: "MediationDeadlines",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RuleId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    LegalBasis = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    PolicyProfile = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SubjectType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LinkageNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SubjectReference = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Traits = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    TriggeredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TriggerDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RemindAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Provisional = table.Column<bool>(type: "bit", nullable: false),
                    Explanation = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    Extended = table.Column<bool>(type: "bit", nullable: false),
                    ExtendedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ExtensionApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ExtensionRecordedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ExtensionRecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RemindedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    MissedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    PolicyName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    PolicyOutcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    PolicyScope = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    PolicyPeriod = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PolicyLegalBasis = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    PolicyDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PolicyDueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LateUnderPolicy = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationDeadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationInbox",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Handler = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LinkageNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SourceModule = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ParkedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationInbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationLinkageSequences",
                schema: "mediation",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    LastNumber = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationLinkageSequences", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "MediationOutbox",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LinkageNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ParkedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationScheduledCommands",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    LinkageNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ParkedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationScheduledCommands", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediationDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "mediation",
                table: "MediationDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationDeadlines_Provisional_CompletedAt_CancelledAt",
                schema: "mediation",
                table: "MediationDeadlines",
                columns: new[] { "Provisional", "CompletedAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationDeadlines_SubjectId_RuleId",
                schema: "mediation",
                table: "MediationDeadlines",
                columns: new[] { "SubjectId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationInbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "mediation",
                table: "MediationInbox",
                columns: new[] { "CompletedAt", "ParkedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationInbox_EventId_Handler",
                schema: "mediation",
                table: "MediationInbox",
                columns: new[] { "EventId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationInbox_LockedBy",
                schema: "mediation",
                table: "MediationInbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_MediationOutbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "mediation",
                table: "MediationOutbox",
                columns: new[] { "CompletedAt", "ParkedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationOutbox_LockedBy",
                schema: "mediation",
                table: "MediationOutbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_MediationScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "mediation",
                table: "MediationScheduledCommands",
                columns: new[] { "CompletedAt", "CancelledAt", "ParkedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationScheduledCommands_Key",
                schema: "mediation",
                table: "MediationScheduledCommands",
                column: "Key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediationDeadlines",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "MediationInbox",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "MediationLinkageSequences",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "MediationOutbox",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "MediationScheduledCommands",
                schema: "mediation");
        }
    }
}
