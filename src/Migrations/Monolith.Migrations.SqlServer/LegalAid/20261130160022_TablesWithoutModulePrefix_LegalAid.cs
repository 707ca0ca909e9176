using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.LegalAid
{
    /// <inheritdoc />
    public partial class TablesWithoutModulePrefix_LegalAid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LegalAidClaims_LegalAidApplications_ApplicationId",
                schema: "legalaid",
                table: "LegalAidClaims");

            migrationBuilder.DropForeignKey(
                name: "FK_LegalAidLawyerEngagements_LegalAidLawyers_LawyerId",
                schema: "legalaid",
                table: "LegalAidLawyerEngagements");

            migrationBuilder.DropForeignKey(
                name: "FK_LegalAidRepresentations_LegalAidApplications_ApplicationId",
                schema: "legalaid",
                table: "LegalAidRepresentations");

            migrationBuilder.DropForeignKey(
                name: "FK_LegalAidRequestAnswers_LegalAidRequests_RequestId",
                schema: "legalaid",
                table: "LegalAidRequestAnswers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidTimeLimits",
                schema: "legalaid",
                table: "LegalAidTimeLimits");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidScheduledCommands",
                schema: "legalaid",
                table: "LegalAidScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidRequests",
                schema: "legalaid",
                table: "LegalAidRequests");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidRequestAnswers",
                schema: "legalaid",
                table: "LegalAidRequestAnswers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidRepresentations",
                schema: "legalaid",
                table: "LegalAidRepresentations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidOutbox",
                schema: "legalaid",
                table: "LegalAidOutbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidLinkageSequences",
                schema: "legalaid",
                table: "LegalAidLinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidLawyers",
                schema: "legalaid",
                table: "LegalAidLawyers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidLawyerEngagements",
                schema: "legalaid",
                table: "LegalAidLawyerEngagements");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidInbox",
                schema: "legalaid",
                table: "LegalAidInbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidIdempotentCommands",
                schema: "legalaid",
                table: "LegalAidIdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidDeadlines",
                schema: "legalaid",
                table: "LegalAidDeadlines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidClaims",
                schema: "legalaid",
                table: "LegalAidClaims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidApplications",
                schema: "legalaid",
                table: "LegalAidApplications");

            migrationBuilder.RenameTable(
                name: "LegalAidTimeLimits",
                schema: "legalaid",
                newName: "TimeLimits",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidScheduledCommands",
                schema: "legalaid",
                newName: "ScheduledCommands",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidRequests",
                schema: "legalaid",
                newName: "Requests",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidRequestAnswers",
                schema: "legalaid",
                newName: "RequestAnswers",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidRepresentations",
                schema: "legalaid",
                newName: "Representations",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidOutbox",
                schema: "legalaid",
                newName: "Outbox",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidLinkageSequences",
                schema: "legalaid",
                newName: "LinkageSequences",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidLawyers",
                schema: "legalaid",
                newName: "Lawyers",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidLawyerEngagements",
                schema: "legalaid",
                newName: "LawyerEngagements",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidInbox",
                schema: "legalaid",
                newName: "Inbox",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidIdempotentCommands",
                schema: "legalaid",
                newName: "IdempotentCommands",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidDeadlines",
                schema: "legalaid",
                newName: "Deadlines",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidClaims",
                schema: "legalaid",
                newName: "Claims",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LegalAidApplications",
                schema: "legalaid",
                newName: "Applications",
                newSchema: "legalaid");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidTimeLimits_SourceId",
                schema: "legalaid",
                table: "TimeLimits",
                newName: "IX_TimeLimits_SourceId");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidTimeLimits_LinkageNumber",
                schema: "legalaid",
                table: "TimeLimits",
                newName: "IX_TimeLimits_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidScheduledCommands_Key",
                schema: "legalaid",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "legalaid",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidRequests_ApplicationId",
                schema: "legalaid",
                table: "Requests",
                newName: "IX_Requests_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidRequestAnswers_RequestId",
                schema: "legalaid",
                table: "RequestAnswers",
                newName: "IX_RequestAnswers_RequestId");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidRequestAnswers_EventId",
                schema: "legalaid",
                table: "RequestAnswers",
                newName: "IX_RequestAnswers_EventId");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidRepresentations_ApplicationId",
                schema: "legalaid",
                table: "Representations",
                newName: "IX_Representations_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidOutbox_LockedBy",
                schema: "legalaid",
                table: "Outbox",
                newName: "IX_Outbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidOutbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "legalaid",
                table: "Outbox",
                newName: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidLawyerEngagements_LawyerId",
                schema: "legalaid",
                table: "LawyerEngagements",
                newName: "IX_LawyerEngagements_LawyerId");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidInbox_LockedBy",
                schema: "legalaid",
                table: "Inbox",
                newName: "IX_Inbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidInbox_EventId_Handler",
                schema: "legalaid",
                table: "Inbox",
                newName: "IX_Inbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidInbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "legalaid",
                table: "Inbox",
                newName: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidIdempotentCommands_UserName_Key",
                schema: "legalaid",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidIdempotentCommands_RecordedAt",
                schema: "legalaid",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidDeadlines_SubjectId_RuleId",
                schema: "legalaid",
                table: "Deadlines",
                newName: "IX_Deadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidDeadlines_Provisional_CompletedAt_CancelledAt",
                schema: "legalaid",
                table: "Deadlines",
                newName: "IX_Deadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "legalaid",
                table: "Deadlines",
                newName: "IX_Deadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidClaims_ApplicationId",
                schema: "legalaid",
                table: "Claims",
                newName: "IX_Claims_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidApplications_Status_ReceivedAt",
                schema: "legalaid",
                table: "Applications",
                newName: "IX_Applications_Status_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidApplications_ReferralId",
                schema: "legalaid",
                table: "Applications",
                newName: "IX_Applications_ReferralId");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidApplications_LinkageNumber",
                schema: "legalaid",
                table: "Applications",
                newName: "IX_Applications_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidApplications_LawyerId",
                schema: "legalaid",
                table: "Applications",
                newName: "IX_Applications_LawyerId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_TimeLimits",
                schema: "legalaid",
                table: "TimeLimits",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "legalaid",
                table: "ScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Requests",
                schema: "legalaid",
                table: "Requests",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RequestAnswers",
                schema: "legalaid",
                table: "RequestAnswers",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Representations",
                schema: "legalaid",
                table: "Representations",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Outbox",
                schema: "legalaid",
                table: "Outbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "legalaid",
                table: "LinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Lawyers",
                schema: "legalaid",
                table: "Lawyers",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LawyerEngagements",
                schema: "legalaid",
                table: "LawyerEngagements",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Inbox",
                schema: "legalaid",
                table: "Inbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "legalaid",
                table: "IdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Deadlines",
                schema: "legalaid",
                table: "Deadlines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Claims",
                schema: "legalaid",
                table: "Claims",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Applications",
                schema: "legalaid",
                table: "Applications",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Claims_Applications_ApplicationId",
                schema: "legalaid",
                table: "Claims",
                column: "ApplicationId",
                principalSchema: "legalaid",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_LawyerEngagements_Lawyers_LawyerId",
                schema: "legalaid",
                table: "LawyerEngagements",
                column: "LawyerId",
                principalSchema: "legalaid",
                principalTable: "Lawyers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Representations_Applications_ApplicationId",
                schema: "legalaid",
                table: "Representations",
                column: "ApplicationId",
                principalSchema: "legalaid",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_RequestAnswers_Requests_RequestId",
                schema: "legalaid",
                table: "RequestAnswers",
                column: "RequestId",
                principalSchema: "legalaid",
                principalTable: "Requests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Claims_Applications_ApplicationId",
                schema: "legalaid",
                table: "Claims");

            migrationBuilder.DropForeignKey(
                name: "FK_LawyerEngagements_Lawyers_LawyerId",
                schema: "legalaid",
                table: "LawyerEngagements");

            migrationBuilder.DropForeignKey(
                name: "FK_Representations_Applications_ApplicationId",
                schema: "legalaid",
                table: "Representations");

            migrationBuilder.DropForeignKey(
                name: "FK_RequestAnswers_Requests_RequestId",
                schema: "legalaid",
                table: "RequestAnswers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_TimeLimits",
                schema: "legalaid",
                table: "TimeLimits");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "legalaid",
                table: "ScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Requests",
                schema: "legalaid",
                table: "Requests");

            migrationBuilder.DropPrimaryKey(
                name: "PK_RequestAnswers",
                schema: "legalaid",
                table: "RequestAnswers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Representations",
                schema: "legalaid",
                table: "Representations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Outbox",
                schema: "legalaid",
                table: "Outbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "legalaid",
                table: "LinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Lawyers",
                schema: "legalaid",
                table: "Lawyers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LawyerEngagements",
                schema: "legalaid",
                table: "LawyerEngagements");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Inbox",
                schema: "legalaid",
                table: "Inbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "legalaid",
                table: "IdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Deadlines",
                schema: "legalaid",
                table: "Deadlines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Claims",
                schema: "legalaid",
                table: "Claims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Applications",
                schema: "legalaid",
                table: "Applications");

            migrationBuilder.RenameTable(
                name: "TimeLimits",
                schema: "legalaid",
                newName: "LegalAidTimeLimits",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "ScheduledCommands",
                schema: "legalaid",
                newName: "LegalAidScheduledCommands",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "Requests",
                schema: "legalaid",
                newName: "LegalAidRequests",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "RequestAnswers",
                schema: "legalaid",
                newName: "LegalAidRequestAnswers",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "Representations",
                schema: "legalaid",
                newName: "LegalAidRepresentations",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "Outbox",
                schema: "legalaid",
                newName: "LegalAidOutbox",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LinkageSequences",
                schema: "legalaid",
                newName: "LegalAidLinkageSequences",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "Lawyers",
                schema: "legalaid",
                newName: "LegalAidLawyers",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "LawyerEngagements",
                schema: "legalaid",
                newName: "LegalAidLawyerEngagements",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "Inbox",
                schema: "legalaid",
                newName: "LegalAidInbox",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "IdempotentCommands",
                schema: "legalaid",
                newName: "LegalAidIdempotentCommands",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "Deadlines",
                schema: "legalaid",
                newName: "LegalAidDeadlines",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "Claims",
                schema: "legalaid",
                newName: "LegalAidClaims",
                newSchema: "legalaid");

            migrationBuilder.RenameTable(
                name: "Applications",
                schema: "legalaid",
                newName: "LegalAidApplications",
                newSchema: "legalaid");

            migrationBuilder.RenameIndex(
                name: "IX_TimeLimits_SourceId",
                schema: "legalaid",
                table: "LegalAidTimeLimits",
                newName: "IX_LegalAidTimeLimits_SourceId");

            migrationBuilder.RenameIndex(
                name: "IX_TimeLimits_LinkageNumber",
                schema: "legalaid",
                table: "LegalAidTimeLimits",
                newName: "IX_LegalAidTimeLimits_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "legalaid",
                table: "LegalAidScheduledCommands",
                newName: "IX_LegalAidScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "legalaid",
                table: "LegalAidScheduledCommands",
                newName: "IX_LegalAidScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_Requests_ApplicationId",
                schema: "legalaid",
                table: "LegalAidRequests",
                newName: "IX_LegalAidRequests_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_RequestAnswers_RequestId",
                schema: "legalaid",
                table: "LegalAidRequestAnswers",
                newName: "IX_LegalAidRequestAnswers_RequestId");

            migrationBuilder.RenameIndex(
                name: "IX_RequestAnswers_EventId",
                schema: "legalaid",
                table: "LegalAidRequestAnswers",
                newName: "IX_LegalAidRequestAnswers_EventId");

            migrationBuilder.RenameIndex(
                name: "IX_Representations_ApplicationId",
                schema: "legalaid",
                table: "LegalAidRepresentations",
                newName: "IX_LegalAidRepresentations_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_LockedBy",
                schema: "legalaid",
                table: "LegalAidOutbox",
                newName: "IX_LegalAidOutbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "legalaid",
                table: "LegalAidOutbox",
                newName: "IX_LegalAidOutbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_LawyerEngagements_LawyerId",
                schema: "legalaid",
                table: "LegalAidLawyerEngagements",
                newName: "IX_LegalAidLawyerEngagements_LawyerId");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_LockedBy",
                schema: "legalaid",
                table: "LegalAidInbox",
                newName: "IX_LegalAidInbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "legalaid",
                table: "LegalAidInbox",
                newName: "IX_LegalAidInbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "legalaid",
                table: "LegalAidInbox",
                newName: "IX_LegalAidInbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "legalaid",
                table: "LegalAidIdempotentCommands",
                newName: "IX_LegalAidIdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "legalaid",
                table: "LegalAidIdempotentCommands",
                newName: "IX_LegalAidIdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "legalaid",
                table: "LegalAidDeadlines",
                newName: "IX_LegalAidDeadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "legalaid",
                table: "LegalAidDeadlines",
                newName: "IX_LegalAidDeadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "legalaid",
                table: "LegalAidDeadlines",
                newName: "IX_LegalAidDeadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_Claims_ApplicationId",
                schema: "legalaid",
                table: "LegalAidClaims",
                newName: "IX_LegalAidClaims_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_Applications_Status_ReceivedAt",
                schema: "legalaid",
                table: "LegalAidApplications",
                newName: "IX_LegalAidApplications_Status_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Applications_ReferralId",
                schema: "legalaid",
                table: "LegalAidApplications",
                newName: "IX_LegalAidApplications_ReferralId");

            migrationBuilder.RenameIndex(
                name: "IX_Applications_LinkageNumber",
                schema: "legalaid",
                table: "LegalAidApplications",
                newName: "IX_LegalAidApplications_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_Applications_LawyerId",
                schema: "legalaid",
                table: "LegalAidApplications",
                newName: "IX_LegalAidApplications_LawyerId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidTimeLimits",
                schema: "legalaid",
                table: "LegalAidTimeLimits",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidScheduledCommands",
                schema: "legalaid",
                table: "LegalAidScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidRequests",
                schema: "legalaid",
                table: "LegalAidRequests",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidRequestAnswers",
                schema: "legalaid",
                table: "LegalAidRequestAnswers",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidRepresentations",
                schema: "legalaid",
                table: "LegalAidRepresentations",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidOutbox",
                schema: "legalaid",
                table: "LegalAidOutbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidLinkageSequences",
                schema: "legalaid",
                table: "LegalAidLinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidLawyers",
                schema: "legalaid",
                table: "LegalAidLawyers",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidLawyerEngagements",
                schema: "legalaid",
                table: "LegalAidLawyerEngagements",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidInbox",
                schema: "legalaid",
                table: "LegalAidInbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidIdempotentCommands",
                schema: "legalaid",
                table: "LegalAidIdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidDeadlines",
                schema: "legalaid",
                table: "LegalAidDeadlines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidClaims",
                schema: "legalaid",
                table: "LegalAidClaims",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidApplications",
                schema: "legalaid",
                table: "LegalAidApplications",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_LegalAidClaims_LegalAidApplications_ApplicationId",
                schema: "legalaid",
                table: "LegalAidClaims",
                column: "ApplicationId",
                principalSchema: "legalaid",
                principalTable: "LegalAidApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_LegalAidLawyerEngagements_LegalAidLawyers_LawyerId",
                schema: "legalaid",
                table: "LegalAidLawyerEngagements",
                column: "LawyerId",
                principalSchema: "legalaid",
                principalTable: "LegalAidLawyers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_LegalAidRepresentations_LegalAidApplications_ApplicationId",
                schema: "legalaid",
                table: "LegalAidRepresentations",
                column: "ApplicationId",
                principalSchema: "legalaid",
                principalTable: "LegalAidApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_LegalAidRequestAnswers_LegalAidRequests_RequestId",
                schema: "legalaid",
                table: "LegalAidRequestAnswers",
                column: "RequestId",
                principalSchema: "legalaid",
                principalTable: "LegalAidRequests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
