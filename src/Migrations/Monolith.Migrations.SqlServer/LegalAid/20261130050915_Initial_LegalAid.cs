using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.LegalAid
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
                name: "LegalAidApplications",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LinkageNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ApplicantName = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ApplicantIsMigrantWorker = table.Column<bool>(type: "bit", nullable: false),
                    EmployerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    ReferralId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReferringModule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ReferringAgencyName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReferringCaseReference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReferredBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ConsentRecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EconomicHardshipStated = table.Column<bool>(type: "bit", nullable: false),
                    HardshipCheckWaived = table.Column<bool>(type: "bit", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    RefusalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    LawyerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LawyerName = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    LawFirm = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LawyerPhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidDeadlines",
                schema: "legalaid",
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
                    table.PrimaryKey("PK_LegalAidDeadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidInbox",
                schema: "legalaid",
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
                    table.PrimaryKey("PK_LegalAidInbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidLawyers",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Firm = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidLawyers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidLinkageSequences",
                schema: "legalaid",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    LastNumber = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidLinkageSequences", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidOutbox",
                schema: "legalaid",
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
                    table.PrimaryKey("PK_LegalAidOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidScheduledCommands",
                schema: "legalaid",
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
                    table.PrimaryKey("PK_LegalAidScheduledCommands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalAidClaims",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalAidClaims_LegalAidApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "legalaid",
                        principalTable: "LegalAidApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidApplications_LinkageNumber",
                schema: "legalaid",
                table: "LegalAidApplications",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidApplications_ReferralId",
                schema: "legalaid",
                table: "LegalAidApplications",
                column: "ReferralId",
                unique: true,
                filter: "[ReferralId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidApplications_Status_ReceivedAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidClaims_ApplicationId",
                schema: "legalaid",
                table: "LegalAidClaims",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "legalaid",
                table: "LegalAidDeadlines",
                columns: new[] { "CompletedAt", "CancelledAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidDeadlines_Provisional_CompletedAt_CancelledAt",
                schema: "legalaid",
                table: "LegalAidDeadlines",
                columns: new[] { "Provisional", "CompletedAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidDeadlines_SubjectId_RuleId",
                schema: "legalaid",
                table: "LegalAidDeadlines",
                columns: new[] { "SubjectId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidInbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "legalaid",
                table: "LegalAidInbox",
                columns: new[] { "CompletedAt", "ParkedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidInbox_EventId_Handler",
                schema: "legalaid",
                table: "LegalAidInbox",
                columns: new[] { "EventId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidInbox_LockedBy",
                schema: "legalaid",
                table: "LegalAidInbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidOutbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "legalaid",
                table: "LegalAidOutbox",
                columns: new[] { "CompletedAt", "ParkedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidOutbox_LockedBy",
                schema: "legalaid",
                table: "LegalAidOutbox",
                column: "LockedBy");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "legalaid",
                table: "LegalAidScheduledCommands",
                columns: new[] { "CompletedAt", "CancelledAt", "ParkedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidScheduledCommands_Key",
                schema: "legalaid",
                table: "LegalAidScheduledCommands",
                column: "Key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LegalAidClaims",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LegalAidDeadlines",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LegalAidInbox",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LegalAidLawyers",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LegalAidLinkageSequences",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LegalAidOutbox",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LegalAidScheduledCommands",
                schema: "legalaid");

            migrationBuilder.DropTable(
                name: "LegalAidApplications",
                schema: "legalaid");
        }
    }
}
