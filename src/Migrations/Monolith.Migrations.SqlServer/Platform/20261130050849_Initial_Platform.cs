using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Platform
{
    /// <inheritdoc />
    public partial class Initial_Platform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "platform");

            migrationBuilder.CreateTable(
                name: "PlatformAccounts",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    FailedLogins = table.Column<int>(type: "int", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastLoginAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlatformAuditEntries",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformAuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlatformCalendarYears",
                schema: "platform",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformCalendarYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "PlatformDeadlines",
                schema: "platform",
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
                    table.PrimaryKey("PK_PlatformDeadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlatformInbox",
                schema: "platform",
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
                    table.PrimaryKey("PK_PlatformInbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlatformLinkageSequences",
                schema: "platform",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    LastNumber = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformLinkageSequences", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "PlatformOutbox",
                schema: "platform",
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
                    table.PrimaryKey("PK_PlatformOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlatformScheduledCommands",
                schema: "platform",
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
                    table.PrimaryKey("PK_PlatformScheduledCommands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlatformCalendarDays",
                schema: "platform",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformCalendarDays", x => x.Date);
                    table.ForeignKey(
                        name: "FK_PlatformCalendarDays_PlatformCalendarYears_Year",
                        column: x => x.Year,
                        principalSchema: "platform",
                        principalTable: "PlatformCalendarYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformAccounts_UserName",
                schema: "platform",
                table: "PlatformAccounts",
                column: "UserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlatformAuditEntries_At",
                schema: "platform",
                table: "PlatformAuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformAuditEntries_Subject",
                schema: "platform",
                table: "PlatformAuditEntries",
                column: "Subject");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformCalendarDays_Year",
                schema: "platform",
                table: "PlatformCalendarDays",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "platform",
                table: "PlatformDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformDeadlines_Provisional_CompletedAt_CancelledAt",
                schema: "platform",
                table: "PlatformDeadlines",
                columns: new[] { "Provisional", "CompletedAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformDeadlines_SubjectId_RuleId",
                schema: "platform",
                table: "PlatformDeadlines",
                columns: new[] { "SubjectId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformInbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "platform",
                table: "PlatformInbox",
                columns: new[] { "CompletedAt", "ParkedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformInbox_EventId_Handler",
                schema: "platform",
                table: "PlatformInbox",
                columns: new[] { "EventId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlatformInbox_LockedBy",
                schema: "platform",
                table: "PlatformInbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformOutbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "platform",
                table: "PlatformOutbox",
                columns: new[] { "CompletedAt", "ParkedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformOutbox_LockedBy",
                schema: "platform",
                table: "PlatformOutbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "platform",
                table: "PlatformScheduledCommands",
                columns: new[] { "CompletedAt", "CancelledAt", "ParkedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformScheduledCommands_Key",
                schema: "platform",
                table: "PlatformScheduledCommands",
                column: "Key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlatformAccounts",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "PlatformAuditEntries",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "PlatformCalendarDays",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "PlatformDeadlines",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "PlatformInbox",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "PlatformLinkageSequences",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "PlatformOutbox",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "PlatformScheduledCommands",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "PlatformCalendarYears",
                schema: "platform");
        }
    }
}
