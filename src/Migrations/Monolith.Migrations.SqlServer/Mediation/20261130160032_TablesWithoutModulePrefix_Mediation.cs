using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Mediation
{
    /// <inheritdoc />
    public partial class TablesWithoutModulePrefix_Mediation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MediationCaseExperts_MediationCases_CaseId",
                schema: "mediation",
                table: "MediationCaseExperts");

            migrationBuilder.DropForeignKey(
                name: "FK_MediationClaims_MediationCases_CaseId",
                schema: "mediation",
                table: "MediationClaims");

            migrationBuilder.DropForeignKey(
                name: "FK_MediationFollowUpVisits_MediationCases_CaseId",
                schema: "mediation",
                table: "MediationFollowUpVisits");

            migrationBuilder.DropForeignKey(
                name: "FK_MediationMediators_MediationOrganisations_OrganisationId",
                schema: "mediation",
                table: "MediationMediators");

            migrationBuilder.DropForeignKey(
                name: "FK_MediationSessions_MediationCases_CaseId",
                schema: "mediation",
                table: "MediationSessions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationSessions",
                schema: "mediation",
                table: "MediationSessions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationScheduledCommands",
                schema: "mediation",
                table: "MediationScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationOutbox",
                schema: "mediation",
                table: "MediationOutbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationOrganisations",
                schema: "mediation",
                table: "MediationOrganisations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationNegotiations",
                schema: "mediation",
                table: "MediationNegotiations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationMediators",
                schema: "mediation",
                table: "MediationMediators");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationLinkageSequences",
                schema: "mediation",
                table: "MediationLinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationInbox",
                schema: "mediation",
                table: "MediationInbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationIdempotentCommands",
                schema: "mediation",
                table: "MediationIdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationFollowUpVisits",
                schema: "mediation",
                table: "MediationFollowUpVisits");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationExperts",
                schema: "mediation",
                table: "MediationExperts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationDeadlines",
                schema: "mediation",
                table: "MediationDeadlines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationClaims",
                schema: "mediation",
                table: "MediationClaims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationCases",
                schema: "mediation",
                table: "MediationCases");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationCaseExperts",
                schema: "mediation",
                table: "MediationCaseExperts");

            migrationBuilder.RenameTable(
                name: "MediationSessions",
                schema: "mediation",
                newName: "Sessions",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationScheduledCommands",
                schema: "mediation",
                newName: "ScheduledCommands",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationOutbox",
                schema: "mediation",
                newName: "Outbox",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationOrganisations",
                schema: "mediation",
                newName: "Organisations",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationNegotiations",
                schema: "mediation",
                newName: "Negotiations",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationMediators",
                schema: "mediation",
                newName: "Mediators",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationLinkageSequences",
                schema: "mediation",
                newName: "LinkageSequences",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationInbox",
                schema: "mediation",
                newName: "Inbox",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationIdempotentCommands",
                schema: "mediation",
                newName: "IdempotentCommands",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationFollowUpVisits",
                schema: "mediation",
                newName: "FollowUpVisits",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationExperts",
                schema: "mediation",
                newName: "Experts",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationDeadlines",
                schema: "mediation",
                newName: "Deadlines",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationClaims",
                schema: "mediation",
                newName: "Claims",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationCases",
                schema: "mediation",
                newName: "Cases",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "MediationCaseExperts",
                schema: "mediation",
                newName: "CaseExperts",
                newSchema: "mediation");

            migrationBuilder.RenameIndex(
                name: "IX_MediationSessions_CaseId",
                schema: "mediation",
                table: "Sessions",
                newName: "IX_Sessions_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_MediationScheduledCommands_Key",
                schema: "mediation",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_MediationScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "mediation",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_MediationOutbox_LockedBy",
                schema: "mediation",
                table: "Outbox",
                newName: "IX_Outbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_MediationOutbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "mediation",
                table: "Outbox",
                newName: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_MediationOrganisations_Name",
                schema: "mediation",
                table: "Organisations",
                newName: "IX_Organisations_Name");

            migrationBuilder.RenameIndex(
                name: "IX_MediationNegotiations_Status_RequestedAt",
                schema: "mediation",
                table: "Negotiations",
                newName: "IX_Negotiations_Status_RequestedAt");

            migrationBuilder.RenameIndex(
                name: "IX_MediationNegotiations_LinkageNumber",
                schema: "mediation",
                table: "Negotiations",
                newName: "IX_Negotiations_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_MediationMediators_OrganisationId",
                schema: "mediation",
                table: "Mediators",
                newName: "IX_Mediators_OrganisationId");

            migrationBuilder.RenameIndex(
                name: "IX_MediationInbox_LockedBy",
                schema: "mediation",
                table: "Inbox",
                newName: "IX_Inbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_MediationInbox_EventId_Handler",
                schema: "mediation",
                table: "Inbox",
                newName: "IX_Inbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_MediationInbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "mediation",
                table: "Inbox",
                newName: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_MediationIdempotentCommands_UserName_Key",
                schema: "mediation",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_MediationIdempotentCommands_RecordedAt",
                schema: "mediation",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_MediationFollowUpVisits_CaseId",
                schema: "mediation",
                table: "FollowUpVisits",
                newName: "IX_FollowUpVisits_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_MediationDeadlines_SubjectId_RuleId",
                schema: "mediation",
                table: "Deadlines",
                newName: "IX_Deadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_MediationDeadlines_Provisional_CompletedAt_CancelledAt",
                schema: "mediation",
                table: "Deadlines",
                newName: "IX_Deadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_MediationDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "mediation",
                table: "Deadlines",
                newName: "IX_Deadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_MediationClaims_CaseId",
                schema: "mediation",
                table: "Claims",
                newName: "IX_Claims_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_MediationCases_Status_ReceivedAt",
                schema: "mediation",
                table: "Cases",
                newName: "IX_Cases_Status_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_MediationCases_ReviewRequestId",
                schema: "mediation",
                table: "Cases",
                newName: "IX_Cases_ReviewRequestId");

            migrationBuilder.RenameIndex(
                name: "IX_MediationCases_OrganisationId_AcceptedAt",
                schema: "mediation",
                table: "Cases",
                newName: "IX_Cases_OrganisationId_AcceptedAt");

            migrationBuilder.RenameIndex(
                name: "IX_MediationCases_NegotiationId",
                schema: "mediation",
                table: "Cases",
                newName: "IX_Cases_NegotiationId");

            migrationBuilder.RenameIndex(
                name: "IX_MediationCases_LinkageNumber_Sequence",
                schema: "mediation",
                table: "Cases",
                newName: "IX_Cases_LinkageNumber_Sequence");

            migrationBuilder.RenameIndex(
                name: "IX_MediationCases_LegalAidReferralId",
                schema: "mediation",
                table: "Cases",
                newName: "IX_Cases_LegalAidReferralId");

            migrationBuilder.RenameIndex(
                name: "IX_MediationCases_EntrustmentId",
                schema: "mediation",
                table: "Cases",
                newName: "IX_Cases_EntrustmentId");

            migrationBuilder.RenameIndex(
                name: "IX_MediationCaseExperts_CaseId",
                schema: "mediation",
                table: "CaseExperts",
                newName: "IX_CaseExperts_CaseId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Sessions",
                schema: "mediation",
                table: "Sessions",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "mediation",
                table: "ScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Outbox",
                schema: "mediation",
                table: "Outbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Organisations",
                schema: "mediation",
                table: "Organisations",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Negotiations",
                schema: "mediation",
                table: "Negotiations",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Mediators",
                schema: "mediation",
                table: "Mediators",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "mediation",
                table: "LinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Inbox",
                schema: "mediation",
                table: "Inbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "mediation",
                table: "IdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_FollowUpVisits",
                schema: "mediation",
                table: "FollowUpVisits",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Experts",
                schema: "mediation",
                table: "Experts",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Deadlines",
                schema: "mediation",
                table: "Deadlines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Claims",
                schema: "mediation",
                table: "Claims",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Cases",
                schema: "mediation",
                table: "Cases",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_CaseExperts",
                schema: "mediation",
                table: "CaseExperts",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseExperts_Cases_CaseId",
                schema: "mediation",
                table: "CaseExperts",
                column: "CaseId",
                principalSchema: "mediation",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Claims_Cases_CaseId",
                schema: "mediation",
                table: "Claims",
                column: "CaseId",
                principalSchema: "mediation",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_FollowUpVisits_Cases_CaseId",
                schema: "mediation",
                table: "FollowUpVisits",
                column: "CaseId",
                principalSchema: "mediation",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Mediators_Organisations_OrganisationId",
                schema: "mediation",
                table: "Mediators",
                column: "OrganisationId",
                principalSchema: "mediation",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Sessions_Cases_CaseId",
                schema: "mediation",
                table: "Sessions",
                column: "CaseId",
                principalSchema: "mediation",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseExperts_Cases_CaseId",
                schema: "mediation",
                table: "CaseExperts");

            migrationBuilder.DropForeignKey(
                name: "FK_Claims_Cases_CaseId",
                schema: "mediation",
                table: "Claims");

            migrationBuilder.DropForeignKey(
                name: "FK_FollowUpVisits_Cases_CaseId",
                schema: "mediation",
                table: "FollowUpVisits");

            migrationBuilder.DropForeignKey(
                name: "FK_Mediators_Organisations_OrganisationId",
                schema: "mediation",
                table: "Mediators");

            migrationBuilder.DropForeignKey(
                name: "FK_Sessions_Cases_CaseId",
                schema: "mediation",
                table: "Sessions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Sessions",
                schema: "mediation",
                table: "Sessions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "mediation",
                table: "ScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Outbox",
                schema: "mediation",
                table: "Outbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Organisations",
                schema: "mediation",
                table: "Organisations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Negotiations",
                schema: "mediation",
                table: "Negotiations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Mediators",
                schema: "mediation",
                table: "Mediators");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "mediation",
                table: "LinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Inbox",
                schema: "mediation",
                table: "Inbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "mediation",
                table: "IdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_FollowUpVisits",
                schema: "mediation",
                table: "FollowUpVisits");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Experts",
                schema: "mediation",
                table: "Experts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Deadlines",
                schema: "mediation",
                table: "Deadlines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Claims",
                schema: "mediation",
                table: "Claims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Cases",
                schema: "mediation",
                table: "Cases");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CaseExperts",
                schema: "mediation",
                table: "CaseExperts");

            migrationBuilder.RenameTable(
                name: "Sessions",
                schema: "mediation",
                newName: "MediationSessions",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "ScheduledCommands",
                schema: "mediation",
                newName: "MediationScheduledCommands",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "Outbox",
                schema: "mediation",
                newName: "MediationOutbox",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "Organisations",
                schema: "mediation",
                newName: "MediationOrganisations",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "Negotiations",
                schema: "mediation",
                newName: "MediationNegotiations",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "Mediators",
                schema: "mediation",
                newName: "MediationMediators",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "LinkageSequences",
                schema: "mediation",
                newName: "MediationLinkageSequences",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "Inbox",
                schema: "mediation",
                newName: "MediationInbox",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "IdempotentCommands",
                schema: "mediation",
                newName: "MediationIdempotentCommands",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "FollowUpVisits",
                schema: "mediation",
                newName: "MediationFollowUpVisits",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "Experts",
                schema: "mediation",
                newName: "MediationExperts",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "Deadlines",
                schema: "mediation",
                newName: "MediationDeadlines",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "Claims",
                schema: "mediation",
                newName: "MediationClaims",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "Cases",
                schema: "mediation",
                newName: "MediationCases",
                newSchema: "mediation");

            migrationBuilder.RenameTable(
                name: "CaseExperts",
                schema: "mediation",
                newName: "MediationCaseExperts",
                newSchema: "mediation");

            migrationBuilder.RenameIndex(
                name: "IX_Sessions_CaseId",
                schema: "mediation",
                table: "MediationSessions",
                newName: "IX_MediationSessions_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "mediation",
                table: "MediationScheduledCommands",
                newName: "IX_MediationScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "mediation",
                table: "MediationScheduledCommands",
                newName: "IX_MediationScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_LockedBy",
                schema: "mediation",
                table: "MediationOutbox",
                newName: "IX_MediationOutbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "mediation",
                table: "MediationOutbox",
                newName: "IX_MediationOutbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_Organisations_Name",
                schema: "mediation",
                table: "MediationOrganisations",
                newName: "IX_MediationOrganisations_Name");

            migrationBuilder.RenameIndex(
                name: "IX_Negotiations_Status_RequestedAt",
                schema: "mediation",
                table: "MediationNegotiations",
                newName: "IX_MediationNegotiations_Status_RequestedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Negotiations_LinkageNumber",
                schema: "mediation",
                table: "MediationNegotiations",
                newName: "IX_MediationNegotiations_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_Mediators_OrganisationId",
                schema: "mediation",
                table: "MediationMediators",
                newName: "IX_MediationMediators_OrganisationId");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_LockedBy",
                schema: "mediation",
                table: "MediationInbox",
                newName: "IX_MediationInbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "mediation",
                table: "MediationInbox",
                newName: "IX_MediationInbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "mediation",
                table: "MediationInbox",
                newName: "IX_MediationInbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "mediation",
                table: "MediationIdempotentCommands",
                newName: "IX_MediationIdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "mediation",
                table: "MediationIdempotentCommands",
                newName: "IX_MediationIdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_FollowUpVisits_CaseId",
                schema: "mediation",
                table: "MediationFollowUpVisits",
                newName: "IX_MediationFollowUpVisits_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "mediation",
                table: "MediationDeadlines",
                newName: "IX_MediationDeadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "mediation",
                table: "MediationDeadlines",
                newName: "IX_MediationDeadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "mediation",
                table: "MediationDeadlines",
                newName: "IX_MediationDeadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_Claims_CaseId",
                schema: "mediation",
                table: "MediationClaims",
                newName: "IX_MediationClaims_CaseId");

            migrationBuilder.RenameIndex(
                name: "IX_Cases_Status_ReceivedAt",
                schema: "mediation",
                table: "MediationCases",
                newName: "IX_MediationCases_Status_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Cases_ReviewRequestId",
                schema: "mediation",
                table: "MediationCases",
                newName: "IX_MediationCases_ReviewRequestId");

            migrationBuilder.RenameIndex(
                name: "IX_Cases_OrganisationId_AcceptedAt",
                schema: "mediation",
                table: "MediationCases",
                newName: "IX_MediationCases_OrganisationId_AcceptedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Cases_NegotiationId",
                schema: "mediation",
                table: "MediationCases",
                newName: "IX_MediationCases_NegotiationId");

            migrationBuilder.RenameIndex(
                name: "IX_Cases_LinkageNumber_Sequence",
                schema: "mediation",
                table: "MediationCases",
                newName: "IX_MediationCases_LinkageNumber_Sequence");

            migrationBuilder.RenameIndex(
                name: "IX_Cases_LegalAidReferralId",
                schema: "mediation",
                table: "MediationCases",
                newName: "IX_MediationCases_LegalAidReferralId");

            migrationBuilder.RenameIndex(
                name: "IX_Cases_EntrustmentId",
                schema: "mediation",
                table: "MediationCases",
                newName: "IX_MediationCases_EntrustmentId");

            migrationBuilder.RenameIndex(
                name: "IX_CaseExperts_CaseId",
                schema: "mediation",
                table: "MediationCaseExperts",
                newName: "IX_MediationCaseExperts_CaseId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationSessions",
                schema: "mediation",
                table: "MediationSessions",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationScheduledCommands",
                schema: "mediation",
                table: "MediationScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationOutbox",
                schema: "mediation",
                table: "MediationOutbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationOrganisations",
                schema: "mediation",
                table: "MediationOrganisations",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationNegotiations",
                schema: "mediation",
                table: "MediationNegotiations",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationMediators",
                schema: "mediation",
                table: "MediationMediators",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationLinkageSequences",
                schema: "mediation",
                table: "MediationLinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationInbox",
                schema: "mediation",
                table: "MediationInbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationIdempotentCommands",
                schema: "mediation",
                table: "MediationIdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationFollowUpVisits",
                schema: "mediation",
                table: "MediationFollowUpVisits",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationExperts",
                schema: "mediation",
                table: "MediationExperts",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationDeadlines",
                schema: "mediation",
                table: "MediationDeadlines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationClaims",
                schema: "mediation",
                table: "MediationClaims",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationCases",
                schema: "mediation",
                table: "MediationCases",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationCaseExperts",
                schema: "mediation",
                table: "MediationCaseExperts",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_MediationCaseExperts_MediationCases_CaseId",
                schema: "mediation",
                table: "MediationCaseExperts",
                column: "CaseId",
                principalSchema: "mediation",
                principalTable: "MediationCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_MediationClaims_MediationCases_CaseId",
                schema: "mediation",
                table: "MediationClaims",
                column: "CaseId",
                principalSchema: "mediation",
                principalTable: "MediationCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_MediationFollowUpVisits_MediationCases_CaseId",
                schema: "mediation",
                table: "MediationFollowUpVisits",
                column: "CaseId",
                principalSchema: "mediation",
                principalTable: "MediationCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_MediationMediators_MediationOrganisations_OrganisationId",
                schema: "mediation",
                table: "MediationMediators",
                column: "OrganisationId",
                principalSchema: "mediation",
                principalTable: "MediationOrganisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MediationSessions_MediationCases_CaseId",
                schema: "mediation",
                table: "MediationSessions",
                column: "CaseId",
                principalSchema: "mediation",
                principalTable: "MediationCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
