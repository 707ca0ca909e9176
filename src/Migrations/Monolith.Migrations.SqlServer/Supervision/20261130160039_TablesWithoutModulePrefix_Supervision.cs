using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Supervision
{
    /// <inheritdoc />
    public partial class TablesWithoutModulePrefix_Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionSupportRequests",
                schema: "supervision",
                table: "SupervisionSupportRequests");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionScheduledCommands",
                schema: "supervision",
                table: "SupervisionScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionRiskSettings",
                schema: "supervision",
                table: "SupervisionRiskSettings");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionRiskIndicators",
                schema: "supervision",
                table: "SupervisionRiskIndicators");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionRiskImports",
                schema: "supervision",
                table: "SupervisionRiskImports");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionRiskAssessments",
                schema: "supervision",
                table: "SupervisionRiskAssessments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionRiskAlerts",
                schema: "supervision",
                table: "SupervisionRiskAlerts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionOversightEntries",
                schema: "supervision",
                table: "SupervisionOversightEntries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionOutbox",
                schema: "supervision",
                table: "SupervisionOutbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionLinkageSequences",
                schema: "supervision",
                table: "SupervisionLinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionLetters",
                schema: "supervision",
                table: "SupervisionLetters");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionInbox",
                schema: "supervision",
                table: "SupervisionInbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionIdempotentCommands",
                schema: "supervision",
                table: "SupervisionIdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SupervisionDeadlines",
                schema: "supervision",
                table: "SupervisionDeadlines");

            migrationBuilder.RenameTable(
                name: "SupervisionSupportRequests",
                schema: "supervision",
                newName: "SupportRequests",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionScheduledCommands",
                schema: "supervision",
                newName: "ScheduledCommands",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionRiskSettings",
                schema: "supervision",
                newName: "RiskSettings",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionRiskIndicators",
                schema: "supervision",
                newName: "RiskIndicators",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionRiskImports",
                schema: "supervision",
                newName: "RiskImports",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionRiskAssessments",
                schema: "supervision",
                newName: "RiskAssessments",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionRiskAlerts",
                schema: "supervision",
                newName: "RiskAlerts",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionOversightEntries",
                schema: "supervision",
                newName: "OversightEntries",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionOutbox",
                schema: "supervision",
                newName: "Outbox",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionLinkageSequences",
                schema: "supervision",
                newName: "LinkageSequences",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionLetters",
                schema: "supervision",
                newName: "Letters",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionInbox",
                schema: "supervision",
                newName: "Inbox",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionIdempotentCommands",
                schema: "supervision",
                newName: "IdempotentCommands",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "SupervisionDeadlines",
                schema: "supervision",
                newName: "Deadlines",
                newSchema: "supervision");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionSupportRequests_RequestId",
                schema: "supervision",
                table: "SupportRequests",
                newName: "IX_SupportRequests_RequestId");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionSupportRequests_ReceivedAt",
                schema: "supervision",
                table: "SupportRequests",
                newName: "IX_SupportRequests_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionScheduledCommands_Key",
                schema: "supervision",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "supervision",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionRiskIndicators_SourceKey",
                schema: "supervision",
                table: "RiskIndicators",
                newName: "IX_RiskIndicators_SourceKey");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionRiskIndicators_LinkageNumber",
                schema: "supervision",
                table: "RiskIndicators",
                newName: "IX_RiskIndicators_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionRiskIndicators_EmployerKey_OccurredOn",
                schema: "supervision",
                table: "RiskIndicators",
                newName: "IX_RiskIndicators_EmployerKey_OccurredOn");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionRiskImports_ImportedAt",
                schema: "supervision",
                table: "RiskImports",
                newName: "IX_RiskImports_ImportedAt");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionRiskAssessments_Level_Score",
                schema: "supervision",
                table: "RiskAssessments",
                newName: "IX_RiskAssessments_Level_Score");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionRiskAssessments_EmployerKey",
                schema: "supervision",
                table: "RiskAssessments",
                newName: "IX_RiskAssessments_EmployerKey");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionRiskAlerts_RaisedAt",
                schema: "supervision",
                table: "RiskAlerts",
                newName: "IX_RiskAlerts_RaisedAt");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionRiskAlerts_EmployerKey",
                schema: "supervision",
                table: "RiskAlerts",
                newName: "IX_RiskAlerts_EmployerKey");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionOversightEntries_FollowedUpAt_MissedAt",
                schema: "supervision",
                table: "OversightEntries",
                newName: "IX_OversightEntries_FollowedUpAt_MissedAt");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionOversightEntries_DeadlineId",
                schema: "supervision",
                table: "OversightEntries",
                newName: "IX_OversightEntries_DeadlineId");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionOutbox_LockedBy",
                schema: "supervision",
                table: "Outbox",
                newName: "IX_Outbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionOutbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "supervision",
                table: "Outbox",
                newName: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionLetters_Status_IssuedAt",
                schema: "supervision",
                table: "Letters",
                newName: "IX_Letters_Status_IssuedAt");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionLetters_SourceModule_SourceLetterId",
                schema: "supervision",
                table: "Letters",
                newName: "IX_Letters_SourceModule_SourceLetterId");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionLetters_RecipientCreditCode",
                schema: "supervision",
                table: "Letters",
                newName: "IX_Letters_RecipientCreditCode");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionLetters_IssuedAt",
                schema: "supervision",
                table: "Letters",
                newName: "IX_Letters_IssuedAt");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionLetters_ChainRootId",
                schema: "supervision",
                table: "Letters",
                newName: "IX_Letters_ChainRootId");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionInbox_LockedBy",
                schema: "supervision",
                table: "Inbox",
                newName: "IX_Inbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionInbox_EventId_Handler",
                schema: "supervision",
                table: "Inbox",
                newName: "IX_Inbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionInbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "supervision",
                table: "Inbox",
                newName: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionIdempotentCommands_UserName_Key",
                schema: "supervision",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionIdempotentCommands_RecordedAt",
                schema: "supervision",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionDeadlines_SubjectId_RuleId",
                schema: "supervision",
                table: "Deadlines",
                newName: "IX_Deadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionDeadlines_Provisional_CompletedAt_CancelledAt",
                schema: "supervision",
                table: "Deadlines",
                newName: "IX_Deadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_SupervisionDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "supervision",
                table: "Deadlines",
                newName: "IX_Deadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupportRequests",
                schema: "supervision",
                table: "SupportRequests",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "supervision",
                table: "ScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RiskSettings",
                schema: "supervision",
                table: "RiskSettings",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RiskIndicators",
                schema: "supervision",
                table: "RiskIndicators",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RiskImports",
                schema: "supervision",
                table: "RiskImports",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RiskAssessments",
                schema: "supervision",
                table: "RiskAssessments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RiskAlerts",
                schema: "supervision",
                table: "RiskAlerts",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_OversightEntries",
                schema: "supervision",
                table: "OversightEntries",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Outbox",
                schema: "supervision",
                table: "Outbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "supervision",
                table: "LinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Letters",
                schema: "supervision",
                table: "Letters",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Inbox",
                schema: "supervision",
                table: "Inbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "supervision",
                table: "IdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Deadlines",
                schema: "supervision",
                table: "Deadlines",
                column: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_SupportRequests",
                schema: "supervision",
                table: "SupportRequests");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "supervision",
                table: "ScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_RiskSettings",
                schema: "supervision",
                table: "RiskSettings");

            migrationBuilder.DropPrimaryKey(
                name: "PK_RiskIndicators",
                schema: "supervision",
                table: "RiskIndicators");

            migrationBuilder.DropPrimaryKey(
                name: "PK_RiskImports",
                schema: "supervision",
                table: "RiskImports");

            migrationBuilder.DropPrimaryKey(
                name: "PK_RiskAssessments",
                schema: "supervision",
                table: "RiskAssessments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_RiskAlerts",
                schema: "supervision",
                table: "RiskAlerts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_OversightEntries",
                schema: "supervision",
                table: "OversightEntries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Outbox",
                schema: "supervision",
                table: "Outbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "supervision",
                table: "LinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Letters",
                schema: "supervision",
                table: "Letters");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Inbox",
                schema: "supervision",
                table: "Inbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "supervision",
                table: "IdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Deadlines",
                schema: "supervision",
                table: "Deadlines");

            migrationBuilder.RenameTable(
                name: "SupportRequests",
                schema: "supervision",
                newName: "SupervisionSupportRequests",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "ScheduledCommands",
                schema: "supervision",
                newName: "SupervisionScheduledCommands",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "RiskSettings",
                schema: "supervision",
                newName: "SupervisionRiskSettings",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "RiskIndicators",
                schema: "supervision",
                newName: "SupervisionRiskIndicators",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "RiskImports",
                schema: "supervision",
                newName: "SupervisionRiskImports",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "RiskAssessments",
                schema: "supervision",
                newName: "SupervisionRiskAssessments",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "RiskAlerts",
                schema: "supervision",
                newName: "SupervisionRiskAlerts",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "OversightEntries",
                schema: "supervision",
                newName: "SupervisionOversightEntries",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "Outbox",
                schema: "supervision",
                newName: "SupervisionOutbox",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "LinkageSequences",
                schema: "supervision",
                newName: "SupervisionLinkageSequences",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "Letters",
                schema: "supervision",
                newName: "SupervisionLetters",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "Inbox",
                schema: "supervision",
                newName: "SupervisionInbox",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "IdempotentCommands",
                schema: "supervision",
                newName: "SupervisionIdempotentCommands",
                newSchema: "supervision");

            migrationBuilder.RenameTable(
                name: "Deadlines",
                schema: "supervision",
                newName: "SupervisionDeadlines",
                newSchema: "supervision");

            migrationBuilder.RenameIndex(
                name: "IX_SupportRequests_RequestId",
                schema: "supervision",
                table: "SupervisionSupportRequests",
                newName: "IX_SupervisionSupportRequests_RequestId");

            migrationBuilder.RenameIndex(
                name: "IX_SupportRequests_ReceivedAt",
                schema: "supervision",
                table: "SupervisionSupportRequests",
                newName: "IX_SupervisionSupportRequests_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "supervision",
                table: "SupervisionScheduledCommands",
                newName: "IX_SupervisionScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "supervision",
                table: "SupervisionScheduledCommands",
                newName: "IX_SupervisionScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_RiskIndicators_SourceKey",
                schema: "supervision",
                table: "SupervisionRiskIndicators",
                newName: "IX_SupervisionRiskIndicators_SourceKey");

            migrationBuilder.RenameIndex(
                name: "IX_RiskIndicators_LinkageNumber",
                schema: "supervision",
                table: "SupervisionRiskIndicators",
                newName: "IX_SupervisionRiskIndicators_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_RiskIndicators_EmployerKey_OccurredOn",
                schema: "supervision",
                table: "SupervisionRiskIndicators",
                newName: "IX_SupervisionRiskIndicators_EmployerKey_OccurredOn");

            migrationBuilder.RenameIndex(
                name: "IX_RiskImports_ImportedAt",
                schema: "supervision",
                table: "SupervisionRiskImports",
                newName: "IX_SupervisionRiskImports_ImportedAt");

            migrationBuilder.RenameIndex(
                name: "IX_RiskAssessments_Level_Score",
                schema: "supervision",
                table: "SupervisionRiskAssessments",
                newName: "IX_SupervisionRiskAssessments_Level_Score");

            migrationBuilder.RenameIndex(
                name: "IX_RiskAssessments_EmployerKey",
                schema: "supervision",
                table: "SupervisionRiskAssessments",
                newName: "IX_SupervisionRiskAssessments_EmployerKey");

            migrationBuilder.RenameIndex(
                name: "IX_RiskAlerts_RaisedAt",
                schema: "supervision",
                table: "SupervisionRiskAlerts",
                newName: "IX_SupervisionRiskAlerts_RaisedAt");

            migrationBuilder.RenameIndex(
                name: "IX_RiskAlerts_EmployerKey",
                schema: "supervision",
                table: "SupervisionRiskAlerts",
                newName: "IX_SupervisionRiskAlerts_EmployerKey");

            migrationBuilder.RenameIndex(
                name: "IX_OversightEntries_FollowedUpAt_MissedAt",
                schema: "supervision",
                table: "SupervisionOversightEntries",
                newName: "IX_SupervisionOversightEntries_FollowedUpAt_MissedAt");

            migrationBuilder.RenameIndex(
                name: "IX_OversightEntries_DeadlineId",
                schema: "supervision",
                table: "SupervisionOversightEntries",
                newName: "IX_SupervisionOversightEntries_DeadlineId");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_LockedBy",
                schema: "supervision",
                table: "SupervisionOutbox",
                newName: "IX_SupervisionOutbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "supervision",
                table: "SupervisionOutbox",
                newName: "IX_SupervisionOutbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_Letters_Status_IssuedAt",
                schema: "supervision",
                table: "SupervisionLetters",
                newName: "IX_SupervisionLetters_Status_IssuedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Letters_SourceModule_SourceLetterId",
                schema: "supervision",
                table: "SupervisionLetters",
                newName: "IX_SupervisionLetters_SourceModule_SourceLetterId");

            migrationBuilder.RenameIndex(
                name: "IX_Letters_RecipientCreditCode",
                schema: "supervision",
                table: "SupervisionLetters",
                newName: "IX_SupervisionLetters_RecipientCreditCode");

            migrationBuilder.RenameIndex(
                name: "IX_Letters_IssuedAt",
                schema: "supervision",
                table: "SupervisionLetters",
                newName: "IX_SupervisionLetters_IssuedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Letters_ChainRootId",
                schema: "supervision",
                table: "SupervisionLetters",
                newName: "IX_SupervisionLetters_ChainRootId");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_LockedBy",
                schema: "supervision",
                table: "SupervisionInbox",
                newName: "IX_SupervisionInbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "supervision",
                table: "SupervisionInbox",
                newName: "IX_SupervisionInbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "supervision",
                table: "SupervisionInbox",
                newName: "IX_SupervisionInbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "supervision",
                table: "SupervisionIdempotentCommands",
                newName: "IX_SupervisionIdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "supervision",
                table: "SupervisionIdempotentCommands",
                newName: "IX_SupervisionIdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "supervision",
                table: "SupervisionDeadlines",
                newName: "IX_SupervisionDeadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "supervision",
                table: "SupervisionDeadlines",
                newName: "IX_SupervisionDeadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "supervision",
                table: "SupervisionDeadlines",
                newName: "IX_SupervisionDeadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionSupportRequests",
                schema: "supervision",
                table: "SupervisionSupportRequests",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionScheduledCommands",
                schema: "supervision",
                table: "SupervisionScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionRiskSettings",
                schema: "supervision",
                table: "SupervisionRiskSettings",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionRiskIndicators",
                schema: "supervision",
                table: "SupervisionRiskIndicators",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionRiskImports",
                schema: "supervision",
                table: "SupervisionRiskImports",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionRiskAssessments",
                schema: "supervision",
                table: "SupervisionRiskAssessments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionRiskAlerts",
                schema: "supervision",
                table: "SupervisionRiskAlerts",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionOversightEntries",
                schema: "supervision",
                table: "SupervisionOversightEntries",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionOutbox",
                schema: "supervision",
                table: "SupervisionOutbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionLinkageSequences",
                schema: "supervision",
                table: "SupervisionLinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionLetters",
                schema: "supervision",
                table: "SupervisionLetters",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionInbox",
                schema: "supervision",
                table: "SupervisionInbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionIdempotentCommands",
                schema: "supervision",
                table: "SupervisionIdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SupervisionDeadlines",
                schema: "supervision",
                table: "SupervisionDeadlines",
                column: "Id");
        }
    }
}
