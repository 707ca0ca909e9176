using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Inspection
{
    /// <inheritdoc />
    public partial class TablesWithoutModulePrefix_Inspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_InspectionArbitrationReferrals_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionArbitrationReferrals");

            migrationBuilder.DropForeignKey(
                name: "FK_InspectionCaseEvents_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionCaseEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_InspectionCaseWorkers_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionCaseWorkers");

            migrationBuilder.DropForeignKey(
                name: "FK_InspectionInquiries_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionInquiries");

            migrationBuilder.DropForeignKey(
                name: "FK_InspectionLegalAidReferrals_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionLegalAidReferrals");

            migrationBuilder.DropForeignKey(
                name: "FK_InspectionOrders_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionOrders");

            migrationBuilder.DropForeignKey(
                name: "FK_InspectionStatements_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionStatements");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionStatements",
                schema: "inspection",
                table: "InspectionStatements");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionScheduledCommands",
                schema: "inspection",
                table: "InspectionScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionRiskAlerts",
                schema: "inspection",
                table: "InspectionRiskAlerts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionOutbox",
                schema: "inspection",
                table: "InspectionOutbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionOrders",
                schema: "inspection",
                table: "InspectionOrders");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionLinkageSequences",
                schema: "inspection",
                table: "InspectionLinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionLegalAidReferrals",
                schema: "inspection",
                table: "InspectionLegalAidReferrals");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionLeads",
                schema: "inspection",
                table: "InspectionLeads");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionInquiries",
                schema: "inspection",
                table: "InspectionInquiries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionInbox",
                schema: "inspection",
                table: "InspectionInbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionIdempotentCommands",
                schema: "inspection",
                table: "InspectionIdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionEvidenceRequests",
                schema: "inspection",
                table: "InspectionEvidenceRequests");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionDocumentSequences",
                schema: "inspection",
                table: "InspectionDocumentSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionDeadlines",
                schema: "inspection",
                table: "InspectionDeadlines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionCaseWorkers",
                schema: "inspection",
                table: "InspectionCaseWorkers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionCases",
                schema: "inspection",
                table: "InspectionCases");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionCaseEvents",
                schema: "inspection",
                table: "InspectionCaseEvents");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InspectionArbitrationReferrals",
                schema: "inspection",
                table: "InspectionArbitrationReferrals");

            migrationBuilder.RenameTable(
                name: "InspectionStatements",
                schema: "inspection",
                newName: "Statements",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionScheduledCommands",
                schema: "inspection",
                newName: "ScheduledCommands",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionRiskAlerts",
                schema: "inspection",
                newName: "RiskAlerts",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionOutbox",
                schema: "inspection",
                newName: "Outbox",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionOrders",
                schema: "inspection",
                newName: "Orders",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionLinkageSequences",
                schema: "inspection",
                newName: "LinkageSequences",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionLegalAidReferrals",
                schema: "inspection",
                newName: "LegalAidReferrals",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionLeads",
                schema: "inspection",
                newName: "Leads",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionInquiries",
                schema: "inspection",
                newName: "Inquiries",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionInbox",
                schema: "inspection",
                newName: "Inbox",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionIdempotentCommands",
                schema: "inspection",
                newName: "IdempotentCommands",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionEvidenceRequests",
                schema: "inspection",
                newName: "EvidenceRequests",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionDocumentSequences",
                schema: "inspection",
                newName: "DocumentSequences",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionDeadlines",
                schema: "inspection",
                newName: "Deadlines",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionCaseWorkers",
                schema: "inspection",
                newName: "CaseWorkers",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionCases",
                schema: "inspection",
                newName: "Cases",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionCaseEvents",
                schema: "inspection",
                newName: "CaseEvents",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "InspectionArbitrationReferrals",
                schema: "inspection",
                newName: "ArbitrationReferrals",
                newSchema: "inspection");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionStatements_CaseId",
                schema: "inspection",
                table: "Statements",
                newName: "IX_Statements_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionScheduledCommands_Key",
                schema: "inspection",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "inspection",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionRiskAlerts_Status_Level",
                schema: "inspection",
                table: "RiskAlerts",
                newName: "IX_RiskAlerts_Status_Level");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionRiskAlerts_AlertId",
                schema: "inspection",
                table: "RiskAlerts",
                newName: "IX_RiskAlerts_AlertId");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionOutbox_LockedBy",
                schema: "inspection",
                table: "Outbox",
                newName: "IX_Outbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionOutbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "inspection",
                table: "Outbox",
                newName: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionOrders_Status_DueAt",
                schema: "inspection",
                table: "Orders",
                newName: "IX_Orders_Status_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionOrders_CaseId",
                schema: "inspection",
                table: "Orders",
                newName: "IX_Orders_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionLegalAidReferrals_CaseId",
                schema: "inspection",
                table: "LegalAidReferrals",
                newName: "IX_LegalAidReferrals_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionLeads_ReportingModule_ReceivedAt",
                schema: "inspection",
                table: "Leads",
                newName: "IX_Leads_ReportingModule_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionLeads_LinkageNumber",
                schema: "inspection",
                table: "Leads",
                newName: "IX_Leads_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionLeads_LeadId",
                schema: "inspection",
                table: "Leads",
                newName: "IX_Leads_LeadId");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionLeads_CaseId",
                schema: "inspection",
                table: "Leads",
                newName: "IX_Leads_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionInquiries_CaseId",
                schema: "inspection",
                table: "Inquiries",
                newName: "IX_Inquiries_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionInbox_LockedBy",
                schema: "inspection",
                table: "Inbox",
                newName: "IX_Inbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionInbox_EventId_Handler",
                schema: "inspection",
                table: "Inbox",
                newName: "IX_Inbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionInbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "inspection",
                table: "Inbox",
                newName: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionIdempotentCommands_UserName_Key",
                schema: "inspection",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionIdempotentCommands_RecordedAt",
                schema: "inspection",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionEvidenceRequests_RequestingModule_ReceivedAt",
                schema: "inspection",
                table: "EvidenceRequests",
                newName: "IX_EvidenceRequests_RequestingModule_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionEvidenceRequests_RequestId",
                schema: "inspection",
                table: "EvidenceRequests",
                newName: "IX_EvidenceRequests_RequestId");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionEvidenceRequests_LinkageNumber",
                schema: "inspection",
                table: "EvidenceRequests",
                newName: "IX_EvidenceRequests_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionDeadlines_SubjectId_RuleId",
                schema: "inspection",
                table: "Deadlines",
                newName: "IX_Deadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionDeadlines_Provisional_CompletedAt_CancelledAt",
                schema: "inspection",
                table: "Deadlines",
                newName: "IX_Deadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "inspection",
                table: "Deadlines",
                newName: "IX_Deadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionCaseWorkers_ResidentIdNumber",
                schema: "inspection",
                table: "CaseWorkers",
                newName: "IX_CaseWorkers_ResidentIdNumber");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionCaseWorkers_CaseId",
                schema: "inspection",
                table: "CaseWorkers",
                newName: "IX_CaseWorkers_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionCases_Status_ReceivedAt",
                schema: "inspection",
                table: "Cases",
                newName: "IX_Cases_Status_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionCases_LinkageNumber",
                schema: "inspection",
                table: "Cases",
                newName: "IX_Cases_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionCases_EmployerCreditCode",
                schema: "inspection",
                table: "Cases",
                newName: "IX_Cases_EmployerCreditCode");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionCases_DivisionCode",
                schema: "inspection",
                table: "Cases",
                newName: "IX_Cases_DivisionCode");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionCaseEvents_CaseId",
                schema: "inspection",
                table: "CaseEvents",
                newName: "IX_CaseEvents_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_InspectionArbitrationReferrals_CaseId",
                schema: "inspection",
                table: "ArbitrationReferrals",
                newName: "IX_ArbitrationReferrals_CaseId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Statements",
                schema: "inspection",
                table: "Statements",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "inspection",
                table: "ScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RiskAlerts",
                schema: "inspection",
                table: "RiskAlerts",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Outbox",
                schema: "inspection",
                table: "Outbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Orders",
                schema: "inspection",
                table: "Orders",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "inspection",
                table: "LinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidReferrals",
                schema: "inspection",
                table: "LegalAidReferrals",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Leads",
                schema: "inspection",
                table: "Leads",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Inquiries",
                schema: "inspection",
                table: "Inquiries",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Inbox",
                schema: "inspection",
                table: "Inbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "inspection",
                table: "IdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EvidenceRequests",
                schema: "inspection",
                table: "EvidenceRequests",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_DocumentSequences",
                schema: "inspection",
                table: "DocumentSequences",
                columns: new[] { "Kind", "Year" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Deadlines",
                schema: "inspection",
                table: "Deadlines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_CaseWorkers",
                schema: "inspection",
                table: "CaseWorkers",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Cases",
                schema: "inspection",
                table: "Cases",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_CaseEvents",
                schema: "inspection",
                table: "CaseEvents",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationReferrals",
                schema: "inspection",
                table: "ArbitrationReferrals",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_ArbitrationReferrals_Cases_CaseId",
                schema: "inspection",
                table: "ArbitrationReferrals",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseEvents_Cases_CaseId",
                schema: "inspection",
                table: "CaseEvents",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseWorkers_Cases_CaseId",
                schema: "inspection",
                table: "CaseWorkers",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Inquiries_Cases_CaseId",
                schema: "inspection",
                table: "Inquiries",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_LegalAidReferrals_Cases_CaseId",
                schema: "inspection",
                table: "LegalAidReferrals",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Orders_Cases_CaseId",
                schema: "inspection",
                table: "Orders",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Statements_Cases_CaseId",
                schema: "inspection",
                table: "Statements",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ArbitrationReferrals_Cases_CaseId",
                schema: "inspection",
                table: "ArbitrationReferrals");

            migrationBuilder.DropForeignKey(
                name: "FK_CaseEvents_Cases_CaseId",
                schema: "inspection",
                table: "CaseEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_CaseWorkers_Cases_CaseId",
                schema: "inspection",
                table: "CaseWorkers");

            migrationBuilder.DropForeignKey(
                name: "FK_Inquiries_Cases_CaseId",
                schema: "inspection",
                table: "Inquiries");

            migrationBuilder.DropForeignKey(
                name: "FK_LegalAidReferrals_Cases_CaseId",
                schema: "inspection",
                table: "LegalAidReferrals");

            migrationBuilder.DropForeignKey(
                name: "FK_Orders_Cases_CaseId",
                schema: "inspection",
                table: "Orders");

            migrationBuilder.DropForeignKey(
                name: "FK_Statements_Cases_CaseId",
                schema: "inspection",
                table: "Statements");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Statements",
                schema: "inspection",
                table: "Statements");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "inspection",
                table: "ScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_RiskAlerts",
                schema: "inspection",
                table: "RiskAlerts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Outbox",
                schema: "inspection",
                table: "Outbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Orders",
                schema: "inspection",
                table: "Orders");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "inspection",
                table: "LinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidReferrals",
                schema: "inspection",
                table: "LegalAidReferrals");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Leads",
                schema: "inspection",
                table: "Leads");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Inquiries",
                schema: "inspection",
                table: "Inquiries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Inbox",
                schema: "inspection",
                table: "Inbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "inspection",
                table: "IdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EvidenceRequests",
                schema: "inspection",
                table: "EvidenceRequests");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DocumentSequences",
                schema: "inspection",
                table: "DocumentSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Deadlines",
                schema: "inspection",
                table: "Deadlines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CaseWorkers",
                schema: "inspection",
                table: "CaseWorkers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Cases",
                schema: "inspection",
                table: "Cases");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CaseEvents",
                schema: "inspection",
                table: "CaseEvents");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationReferrals",
                schema: "inspection",
                table: "ArbitrationReferrals");

            migrationBuilder.RenameTable(
                name: "Statements",
                schema: "inspection",
                newName: "InspectionStatements",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "ScheduledCommands",
                schema: "inspection",
                newName: "InspectionScheduledCommands",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "RiskAlerts",
                schema: "inspection",
                newName: "InspectionRiskAlerts",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "Outbox",
                schema: "inspection",
                newName: "InspectionOutbox",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "Orders",
                schema: "inspection",
                newName: "InspectionOrders",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "LinkageSequences",
                schema: "inspection",
                newName: "InspectionLinkageSequences",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "LegalAidReferrals",
                schema: "inspection",
                newName: "InspectionLegalAidReferrals",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "Leads",
                schema: "inspection",
                newName: "InspectionLeads",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "Inquiries",
                schema: "inspection",
                newName: "InspectionInquiries",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "Inbox",
                schema: "inspection",
                newName: "InspectionInbox",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "IdempotentCommands",
                schema: "inspection",
                newName: "InspectionIdempotentCommands",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "EvidenceRequests",
                schema: "inspection",
                newName: "InspectionEvidenceRequests",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "DocumentSequences",
                schema: "inspection",
                newName: "InspectionDocumentSequences",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "Deadlines",
                schema: "inspection",
                newName: "InspectionDeadlines",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "CaseWorkers",
                schema: "inspection",
                newName: "InspectionCaseWorkers",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "Cases",
                schema: "inspection",
                newName: "InspectionCases",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "CaseEvents",
                schema: "inspection",
                newName: "InspectionCaseEvents",
                newSchema: "inspection");

            migrationBuilder.RenameTable(
                name: "ArbitrationReferrals",
                schema: "inspection",
                newName: "InspectionArbitrationReferrals",
                newSchema: "inspection");

            migrationBuilder.RenameIndex(
                name: "IX_Statements_CaseId",
                schema: "inspection",
                table: "InspectionStatements",
                newName: "IX_InspectionStatements_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "inspection",
                table: "InspectionScheduledCommands",
                newName: "IX_InspectionScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "inspection",
                table: "InspectionScheduledCommands",
                newName: "IX_InspectionScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_RiskAlerts_Status_Level",
                schema: "inspection",
                table: "InspectionRiskAlerts",
                newName: "IX_InspectionRiskAlerts_Status_Level");

            migrationBuilder.RenameIndex(
                name: "IX_RiskAlerts_AlertId",
                schema: "inspection",
                table: "InspectionRiskAlerts",
                newName: "IX_InspectionRiskAlerts_AlertId");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_LockedBy",
                schema: "inspection",
                table: "InspectionOutbox",
                newName: "IX_InspectionOutbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "inspection",
                table: "InspectionOutbox",
                newName: "IX_InspectionOutbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_Orders_Status_DueAt",
                schema: "inspection",
                table: "InspectionOrders",
                newName: "IX_InspectionOrders_Status_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_Orders_CaseId",
                schema: "inspection",
                table: "InspectionOrders",
                newName: "IX_InspectionOrders_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidReferrals_CaseId",
                schema: "inspection",
                table: "InspectionLegalAidReferrals",
                newName: "IX_InspectionLegalAidReferrals_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_Leads_ReportingModule_ReceivedAt",
                schema: "inspection",
                table: "InspectionLeads",
                newName: "IX_InspectionLeads_ReportingModule_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Leads_LinkageNumber",
                schema: "inspection",
                table: "InspectionLeads",
                newName: "IX_InspectionLeads_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_Leads_LeadId",
                schema: "inspection",
                table: "InspectionLeads",
                newName: "IX_InspectionLeads_LeadId");

            migrationBuilder.RenameIndex(
                name: "IX_Leads_CaseId",
                schema: "inspection",
                table: "InspectionLeads",
                newName: "IX_InspectionLeads_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_Inquiries_CaseId",
                schema: "inspection",
                table: "InspectionInquiries",
                newName: "IX_InspectionInquiries_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_LockedBy",
                schema: "inspection",
                table: "InspectionInbox",
                newName: "IX_InspectionInbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "inspection",
                table: "InspectionInbox",
                newName: "IX_InspectionInbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "inspection",
                table: "InspectionInbox",
                newName: "IX_InspectionInbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "inspection",
                table: "InspectionIdempotentCommands",
                newName: "IX_InspectionIdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "inspection",
                table: "InspectionIdempotentCommands",
                newName: "IX_InspectionIdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_EvidenceRequests_RequestingModule_ReceivedAt",
                schema: "inspection",
                table: "InspectionEvidenceRequests",
                newName: "IX_InspectionEvidenceRequests_RequestingModule_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_EvidenceRequests_RequestId",
                schema: "inspection",
                table: "InspectionEvidenceRequests",
                newName: "IX_InspectionEvidenceRequests_RequestId");

            migrationBuilder.RenameIndex(
                name: "IX_EvidenceRequests_LinkageNumber",
                schema: "inspection",
                table: "InspectionEvidenceRequests",
                newName: "IX_InspectionEvidenceRequests_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "inspection",
                table: "InspectionDeadlines",
                newName: "IX_InspectionDeadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "inspection",
                table: "InspectionDeadlines",
                newName: "IX_InspectionDeadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "inspection",
                table: "InspectionDeadlines",
                newName: "IX_InspectionDeadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_CaseWorkers_ResidentIdNumber",
                schema: "inspection",
                table: "InspectionCaseWorkers",
                newName: "IX_InspectionCaseWorkers_ResidentIdNumber");

            migrationBuilder.RenameIndex(
                name: "IX_CaseWorkers_CaseId",
                schema: "inspection",
                table: "InspectionCaseWorkers",
                newName: "IX_InspectionCaseWorkers_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_Cases_Status_ReceivedAt",
                schema: "inspection",
                table: "InspectionCases",
                newName: "IX_InspectionCases_Status_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Cases_LinkageNumber",
                schema: "inspection",
                table: "InspectionCases",
                newName: "IX_InspectionCases_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_Cases_EmployerCreditCode",
                schema: "inspection",
                table: "InspectionCases",
                newName: "IX_InspectionCases_EmployerCreditCode");

            migrationBuilder.RenameIndex(
                name: "IX_Cases_DivisionCode",
                schema: "inspection",
                table: "InspectionCases",
                newName: "IX_InspectionCases_DivisionCode");

            migrationBuilder.RenameIndex(
                name: "IX_CaseEvents_CaseId",
                schema: "inspection",
                table: "InspectionCaseEvents",
                newName: "IX_InspectionCaseEvents_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationReferrals_CaseId",
                schema: "inspection",
                table: "InspectionArbitrationReferrals",
                newName: "IX_InspectionArbitrationReferrals_CaseId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionStatements",
                schema: "inspection",
                table: "InspectionStatements",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionScheduledCommands",
                schema: "inspection",
                table: "InspectionScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionRiskAlerts",
                schema: "inspection",
                table: "InspectionRiskAlerts",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionOutbox",
                schema: "inspection",
                table: "InspectionOutbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionOrders",
                schema: "inspection",
                table: "InspectionOrders",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionLinkageSequences",
                schema: "inspection",
                table: "InspectionLinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionLegalAidReferrals",
                schema: "inspection",
                table: "InspectionLegalAidReferrals",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionLeads",
                schema: "inspection",
                table: "InspectionLeads",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionInquiries",
                schema: "inspection",
                table: "InspectionInquiries",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionInbox",
                schema: "inspection",
                table: "InspectionInbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionIdempotentCommands",
                schema: "inspection",
                table: "InspectionIdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionEvidenceRequests",
                schema: "inspection",
                table: "InspectionEvidenceRequests",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionDocumentSequences",
                schema: "inspection",
                table: "InspectionDocumentSequences",
                columns: new[] { "Kind", "Year" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionDeadlines",
                schema: "inspection",
                table: "InspectionDeadlines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionCaseWorkers",
                schema: "inspection",
                table: "InspectionCaseWorkers",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionCases",
                schema: "inspection",
                table: "InspectionCases",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionCaseEvents",
                schema: "inspection",
                table: "InspectionCaseEvents",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InspectionArbitrationReferrals",
                schema: "inspection",
                table: "InspectionArbitrationReferrals",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_InspectionArbitrationReferrals_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionArbitrationReferrals",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "InspectionCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_InspectionCaseEvents_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionCaseEvents",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "InspectionCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_InspectionCaseWorkers_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionCaseWorkers",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "InspectionCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_InspectionInquiries_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionInquiries",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "InspectionCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_InspectionLegalAidReferrals_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionLegalAidReferrals",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "InspectionCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_InspectionOrders_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionOrders",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "InspectionCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_InspectionStatements_InspectionCases_CaseId",
                schema: "inspection",
                table: "InspectionStatements",
                column: "CaseId",
                principalSchema: "inspection",
                principalTable: "InspectionCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
