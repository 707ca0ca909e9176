using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Union
{
    /// <inheritdoc />
    public partial class TablesWithoutModulePrefix_Union : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_UnionLegalAidReferrals_UnionConsultations_ConsultationId",
                schema: "union",
                table: "UnionLegalAidReferrals");

            migrationBuilder.DropTable(
                name: "UnionActionItemProgress",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionAgendaItems",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionConsultationFollowUps",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionMeetingParticipants",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionMinutesDecisions",
                schema: "union");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionSupervisionLetters",
                schema: "union",
                table: "UnionSupervisionLetters");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionScheduledCommands",
                schema: "union",
                table: "UnionScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionRhythmReminders",
                schema: "union",
                table: "UnionRhythmReminders");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionOutbox",
                schema: "union",
                table: "UnionOutbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionMeetings",
                schema: "union",
                table: "UnionMeetings");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionMeetingRequests",
                schema: "union",
                table: "UnionMeetingRequests");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionLinkageSequences",
                schema: "union",
                table: "UnionLinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionLegalAidReferrals",
                schema: "union",
                table: "UnionLegalAidReferrals");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionInbox",
                schema: "union",
                table: "UnionInbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionIdempotentCommands",
                schema: "union",
                table: "UnionIdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionDeadlines",
                schema: "union",
                table: "UnionDeadlines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionConsultations",
                schema: "union",
                table: "UnionConsultations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnionActionItems",
                schema: "union",
                table: "UnionActionItems");

            migrationBuilder.RenameTable(
                name: "UnionSupervisionLetters",
                schema: "union",
                newName: "SupervisionLetters",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "UnionScheduledCommands",
                schema: "union",
                newName: "ScheduledCommands",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "UnionRhythmReminders",
                schema: "union",
                newName: "RhythmReminders",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "UnionOutbox",
                schema: "union",
                newName: "Outbox",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "UnionMeetings",
                schema: "union",
                newName: "Meetings",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "UnionMeetingRequests",
                schema: "union",
                newName: "MeetingRequests",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "UnionLinkageSequences",
                schema: "union",
                newName: "LinkageSequences",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "UnionLegalAidReferrals",
                schema: "union",
                newName: "LegalAidReferrals",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "UnionInbox",
                schema: "union",
                newName: "Inbox",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "UnionIdempotentCommands",
                schema: "union",
                newName: "IdempotentCommands",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "UnionDeadlines",
                schema: "union",
                newName: "Deadlines",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "UnionConsultations",
                schema: "union",
                newName: "Consultations",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "UnionActionItems",
                schema: "union",
                newName: "ActionItems",
                newSchema: "union");

            migrationBuilder.RenameIndex(
                name: "IX_UnionSupervisionLetters_Kind_Year_Sequence",
                schema: "union",
                table: "SupervisionLetters",
                newName: "IX_SupervisionLetters_Kind_Year_Sequence");

            migrationBuilder.RenameIndex(
                name: "IX_UnionScheduledCommands_Key",
                schema: "union",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_UnionScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "union",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_UnionOutbox_LockedBy",
                schema: "union",
                table: "Outbox",
                newName: "IX_Outbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_UnionOutbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "union",
                table: "Outbox",
                newName: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_UnionMeetings_StartsAt_Status",
                schema: "union",
                table: "Meetings",
                newName: "IX_Meetings_StartsAt_Status");

            migrationBuilder.RenameIndex(
                name: "IX_UnionMeetingRequests_Status_RequestedAt",
                schema: "union",
                table: "MeetingRequests",
                newName: "IX_MeetingRequests_Status_RequestedAt");

            migrationBuilder.RenameIndex(
                name: "IX_UnionLegalAidReferrals_ConsultationId",
                schema: "union",
                table: "LegalAidReferrals",
                newName: "IX_LegalAidReferrals_ConsultationId");

            migrationBuilder.RenameIndex(
                name: "IX_UnionInbox_LockedBy",
                schema: "union",
                table: "Inbox",
                newName: "IX_Inbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_UnionInbox_EventId_Handler",
                schema: "union",
                table: "Inbox",
                newName: "IX_Inbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_UnionInbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "union",
                table: "Inbox",
                newName: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_UnionIdempotentCommands_UserName_Key",
                schema: "union",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_UnionIdempotentCommands_RecordedAt",
                schema: "union",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_UnionDeadlines_SubjectId_RuleId",
                schema: "union",
                table: "Deadlines",
                newName: "IX_Deadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_UnionDeadlines_Provisional_CompletedAt_CancelledAt",
                schema: "union",
                table: "Deadlines",
                newName: "IX_Deadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_UnionDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "union",
                table: "Deadlines",
                newName: "IX_Deadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_UnionConsultations_Status_ReceivedAt",
                schema: "union",
                table: "Consultations",
                newName: "IX_Consultations_Status_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_UnionConsultations_LinkageNumber",
                schema: "union",
                table: "Consultations",
                newName: "IX_Consultations_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_UnionActionItems_OwnerModule_Status_DueDate",
                schema: "union",
                table: "ActionItems",
                newName: "IX_ActionItems_OwnerModule_Status_DueDate");

            migrationBuilder.RenameIndex(
                name: "IX_UnionActionItems_MeetingId",
                schema: "union",
                table: "ActionItems",
                newName: "IX_ActionItems_MeetingId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionLetters",
                schema: "union",
                table: "SupervisionLetters",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "union",
                table: "ScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RhythmReminders",
                schema: "union",
                table: "RhythmReminders",
                column: "Key");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Outbox",
                schema: "union",
                table: "Outbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Meetings",
                schema: "union",
                table: "Meetings",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MeetingRequests",
                schema: "union",
                table: "MeetingRequests",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "union",
                table: "LinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidReferrals",
                schema: "union",
                table: "LegalAidReferrals",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Inbox",
                schema: "union",
                table: "Inbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "union",
                table: "IdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Deadlines",
                schema: "union",
                table: "Deadlines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Consultations",
                schema: "union",
                table: "Consultations",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ActionItems",
                schema: "union",
                table: "ActionItems",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "ActionItemProgress",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ActionItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                name: "AgendaItems",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                name: "ConsultationFollowUps",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                name: "MeetingParticipants",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgencyModule = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AgencyName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    OwnerModule = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    OwnerAgencyName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AssigneeName = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                name: "IX_MeetingParticipants_MeetingId",
                schema: "union",
                table: "MeetingParticipants",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesDecisions_MeetingId",
                schema: "union",
                table: "MinutesDecisions",
                column: "MeetingId");

            migrationBuilder.AddForeignKey(
                name: "FK_LegalAidReferrals_Consultations_ConsultationId",
                schema: "union",
                table: "LegalAidReferrals",
                column: "ConsultationId",
                principalSchema: "union",
                principalTable: "Consultations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LegalAidReferrals_Consultations_ConsultationId",
                schema: "union",
                table: "LegalAidReferrals");

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
                name: "MeetingParticipants",
                schema: "union");

            migrationBuilder.DropTable(
                name: "MinutesDecisions",
                schema: "union");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionLetters",
                schema: "union",
                table: "SupervisionLetters");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "union",
                table: "ScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_RhythmReminders",
                schema: "union",
                table: "RhythmReminders");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Outbox",
                schema: "union",
                table: "Outbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Meetings",
                schema: "union",
                table: "Meetings");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MeetingRequests",
                schema: "union",
                table: "MeetingRequests");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "union",
                table: "LinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidReferrals",
                schema: "union",
                table: "LegalAidReferrals");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Inbox",
                schema: "union",
                table: "Inbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "union",
                table: "IdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Deadlines",
                schema: "union",
                table: "Deadlines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Consultations",
                schema: "union",
                table: "Consultations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ActionItems",
                schema: "union",
                table: "ActionItems");

            migrationBuilder.RenameTable(
                name: "SupervisionLetters",
                schema: "union",
                newName: "UnionSupervisionLetters",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "ScheduledCommands",
                schema: "union",
                newName: "UnionScheduledCommands",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "RhythmReminders",
                schema: "union",
                newName: "UnionRhythmReminders",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "Outbox",
                schema: "union",
                newName: "UnionOutbox",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "Meetings",
                schema: "union",
                newName: "UnionMeetings",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "MeetingRequests",
                schema: "union",
                newName: "UnionMeetingRequests",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "LinkageSequences",
                schema: "union",
                newName: "UnionLinkageSequences",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "LegalAidReferrals",
                schema: "union",
                newName: "UnionLegalAidReferrals",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "Inbox",
                schema: "union",
                newName: "UnionInbox",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "IdempotentCommands",
                schema: "union",
                newName: "UnionIdempotentCommands",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "Deadlines",
                schema: "union",
                newName: "UnionDeadlines",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "Consultations",
                schema: "union",
                newName: "UnionConsultations",
                newSchema: "union");

            migrationBuilder.RenameTable(
                name: "ActionItems",
                schema: "union",
                newName: "UnionActionItems",
                newSchema: "union");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionLetters_Kind_Year_Sequence",
                schema: "union",
                table: "UnionSupervisionLetters",
                newName: "IX_UnionSupervisionLetters_Kind_Year_Sequence");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "union",
                table: "UnionScheduledCommands",
                newName: "IX_UnionScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "union",
                table: "UnionScheduledCommands",
                newName: "IX_UnionScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_LockedBy",
                schema: "union",
                table: "UnionOutbox",
                newName: "IX_UnionOutbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "union",
                table: "UnionOutbox",
                newName: "IX_UnionOutbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_Meetings_StartsAt_Status",
                schema: "union",
                table: "UnionMeetings",
                newName: "IX_UnionMeetings_StartsAt_Status");

            migrationBuilder.RenameIndex(
                name: "IX_MeetingRequests_Status_RequestedAt",
                schema: "union",
                table: "UnionMeetingRequests",
                newName: "IX_UnionMeetingRequests_Status_RequestedAt");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidReferrals_ConsultationId",
                schema: "union",
                table: "UnionLegalAidReferrals",
                newName: "IX_UnionLegalAidReferrals_ConsultationId");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_LockedBy",
                schema: "union",
                table: "UnionInbox",
                newName: "IX_UnionInbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "union",
                table: "UnionInbox",
                newName: "IX_UnionInbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "union",
                table: "UnionInbox",
                newName: "IX_UnionInbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "union",
                table: "UnionIdempotentCommands",
                newName: "IX_UnionIdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "union",
                table: "UnionIdempotentCommands",
                newName: "IX_UnionIdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "union",
                table: "UnionDeadlines",
                newName: "IX_UnionDeadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "union",
                table: "UnionDeadlines",
                newName: "IX_UnionDeadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "union",
                table: "UnionDeadlines",
                newName: "IX_UnionDeadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_Consultations_Status_ReceivedAt",
                schema: "union",
                table: "UnionConsultations",
                newName: "IX_UnionConsultations_Status_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Consultations_LinkageNumber",
                schema: "union",
                table: "UnionConsultations",
                newName: "IX_UnionConsultations_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_ActionItems_OwnerModule_Status_DueDate",
                schema: "union",
                table: "UnionActionItems",
                newName: "IX_UnionActionItems_OwnerModule_Status_DueDate");

            migrationBuilder.RenameIndex(
                name: "IX_ActionItems_MeetingId",
                schema: "union",
                table: "UnionActionItems",
                newName: "IX_UnionActionItems_MeetingId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionSupervisionLetters",
                schema: "union",
                table: "UnionSupervisionLetters",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionScheduledCommands",
                schema: "union",
                table: "UnionScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionRhythmReminders",
                schema: "union",
                table: "UnionRhythmReminders",
                column: "Key");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionOutbox",
                schema: "union",
                table: "UnionOutbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionMeetings",
                schema: "union",
                table: "UnionMeetings",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionMeetingRequests",
                schema: "union",
                table: "UnionMeetingRequests",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionLinkageSequences",
                schema: "union",
                table: "UnionLinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionLegalAidReferrals",
                schema: "union",
                table: "UnionLegalAidReferrals",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionInbox",
                schema: "union",
                table: "UnionInbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionIdempotentCommands",
                schema: "union",
                table: "UnionIdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionDeadlines",
                schema: "union",
                table: "UnionDeadlines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionConsultations",
                schema: "union",
                table: "UnionConsultations",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnionActionItems",
                schema: "union",
                table: "UnionActionItems",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "UnionActionItemProgress",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ActionItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionActionItemProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnionActionItemProgress_UnionActionItems_ActionItemId",
                        column: x => x.ActionItemId,
                        principalSchema: "union",
                        principalTable: "UnionActionItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnionAgendaItems",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnionAgendaItems_UnionMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "union",
                        principalTable: "UnionMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnionConsultationFollowUps",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionConsultationFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnionConsultationFollowUps_UnionConsultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalSchema: "union",
                        principalTable: "UnionConsultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnionMeetingParticipants",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgencyModule = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AgencyName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionMeetingParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnionMeetingParticipants_UnionMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "union",
                        principalTable: "UnionMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnionMinutesDecisions",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssigneeName = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    OwnerAgencyName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    OwnerModule = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionMinutesDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnionMinutesDecisions_UnionMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "union",
                        principalTable: "UnionMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnionActionItemProgress_ActionItemId",
                schema: "union",
                table: "UnionActionItemProgress",
                column: "ActionItemId");

            migrationBuilder.CreateIndex(
                name: "IX_UnionAgendaItems_MeetingId",
                schema: "union",
                table: "UnionAgendaItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_UnionConsultationFollowUps_ConsultationId",
                schema: "union",
                table: "UnionConsultationFollowUps",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_UnionMeetingParticipants_MeetingId",
                schema: "union",
                table: "UnionMeetingParticipants",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_UnionMinutesDecisions_MeetingId",
                schema: "union",
                table: "UnionMinutesDecisions",
                column: "MeetingId");

            migrationBuilder.AddForeignKey(
                name: "FK_UnionLegalAidReferrals_UnionConsultations_ConsultationId",
                schema: "union",
                table: "UnionLegalAidReferrals",
                column: "ConsultationId",
                principalSchema: "union",
                principalTable: "UnionConsultations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
