using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Arbitration
{
    /// <inheritdoc />
    public partial class TablesWithoutModulePrefix_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ArbitrationAwards_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationAwards");

            migrationBuilder.DropForeignKey(
                name: "FK_ArbitrationClaims_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationClaims");

            migrationBuilder.DropForeignKey(
                name: "FK_ArbitrationClockPauses_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationClockPauses");

            migrationBuilder.DropForeignKey(
                name: "FK_ArbitrationEvidenceCollections_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationEvidenceCollections");

            migrationBuilder.DropForeignKey(
                name: "FK_ArbitrationHearings_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationHearings");

            migrationBuilder.DropForeignKey(
                name: "FK_ArbitrationLapsedExtensions_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLapsedExtensions");

            migrationBuilder.DropForeignKey(
                name: "FK_ArbitrationLegalAidReferrals_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals");

            migrationBuilder.DropForeignKey(
                name: "FK_ArbitrationLetters_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLetters");

            migrationBuilder.DropForeignKey(
                name: "FK_ArbitrationLimitationEvents_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLimitationEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_ArbitrationMediationEntrustments_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationMediationEntrustments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationScheduledCommands",
                schema: "arbitration",
                table: "ArbitrationScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationOutbox",
                schema: "arbitration",
                table: "ArbitrationOutbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationMediationEntrustments",
                schema: "arbitration",
                table: "ArbitrationMediationEntrustments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationLinkageSequences",
                schema: "arbitration",
                table: "ArbitrationLinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationLimitationEvents",
                schema: "arbitration",
                table: "ArbitrationLimitationEvents");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationLetters",
                schema: "arbitration",
                table: "ArbitrationLetters");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationLegalAidReferrals",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationLapsedExtensions",
                schema: "arbitration",
                table: "ArbitrationLapsedExtensions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationInbox",
                schema: "arbitration",
                table: "ArbitrationInbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationIdempotentCommands",
                schema: "arbitration",
                table: "ArbitrationIdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationHearings",
                schema: "arbitration",
                table: "ArbitrationHearings");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationEvidenceCollections",
                schema: "arbitration",
                table: "ArbitrationEvidenceCollections");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationDraftsFromMediation",
                schema: "arbitration",
                table: "ArbitrationDraftsFromMediation");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationDeadlines",
                schema: "arbitration",
                table: "ArbitrationDeadlines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationComplaintInterruptions",
                schema: "arbitration",
                table: "ArbitrationComplaintInterruptions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationClockPauses",
                schema: "arbitration",
                table: "ArbitrationClockPauses");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationClaims",
                schema: "arbitration",
                table: "ArbitrationClaims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationAwards",
                schema: "arbitration",
                table: "ArbitrationAwards");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationApplications",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArbitrationAgreementReviews",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews");

            migrationBuilder.RenameTable(
                name: "ArbitrationScheduledCommands",
                schema: "arbitration",
                newName: "ScheduledCommands",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationOutbox",
                schema: "arbitration",
                newName: "Outbox",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationMediationEntrustments",
                schema: "arbitration",
                newName: "MediationEntrustments",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationLinkageSequences",
                schema: "arbitration",
                newName: "LinkageSequences",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationLimitationEvents",
                schema: "arbitration",
                newName: "LimitationEvents",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationLetters",
                schema: "arbitration",
                newName: "Letters",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationLegalAidReferrals",
                schema: "arbitration",
                newName: "LegalAidReferrals",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationLapsedExtensions",
                schema: "arbitration",
                newName: "LapsedExtensions",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationInbox",
                schema: "arbitration",
                newName: "Inbox",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationIdempotentCommands",
                schema: "arbitration",
                newName: "IdempotentCommands",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationHearings",
                schema: "arbitration",
                newName: "Hearings",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationEvidenceCollections",
                schema: "arbitration",
                newName: "EvidenceCollections",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationDraftsFromMediation",
                schema: "arbitration",
                newName: "DraftsFromMediation",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationDeadlines",
                schema: "arbitration",
                newName: "Deadlines",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationComplaintInterruptions",
                schema: "arbitration",
                newName: "ComplaintInterruptions",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationClockPauses",
                schema: "arbitration",
                newName: "ClockPauses",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationClaims",
                schema: "arbitration",
                newName: "Claims",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationAwards",
                schema: "arbitration",
                newName: "Awards",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationApplications",
                schema: "arbitration",
                newName: "Applications",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ArbitrationAgreementReviews",
                schema: "arbitration",
                newName: "AgreementReviews",
                newSchema: "arbitration");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationScheduledCommands_Key",
                schema: "arbitration",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "arbitration",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationOutbox_LockedBy",
                schema: "arbitration",
                table: "Outbox",
                newName: "IX_Outbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationOutbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "arbitration",
                table: "Outbox",
                newName: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationMediationEntrustments_ApplicationId",
                schema: "arbitration",
                table: "MediationEntrustments",
                newName: "IX_MediationEntrustments_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationLimitationEvents_ApplicationId",
                schema: "arbitration",
                table: "LimitationEvents",
                newName: "IX_LimitationEvents_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationLetters_ApplicationId",
                schema: "arbitration",
                table: "Letters",
                newName: "IX_Letters_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationLegalAidReferrals_ApplicationId",
                schema: "arbitration",
                table: "LegalAidReferrals",
                newName: "IX_LegalAidReferrals_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationLapsedExtensions_ApplicationId",
                schema: "arbitration",
                table: "LapsedExtensions",
                newName: "IX_LapsedExtensions_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationInbox_LockedBy",
                schema: "arbitration",
                table: "Inbox",
                newName: "IX_Inbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationInbox_EventId_Handler",
                schema: "arbitration",
                table: "Inbox",
                newName: "IX_Inbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationInbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "arbitration",
                table: "Inbox",
                newName: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationIdempotentCommands_UserName_Key",
                schema: "arbitration",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationIdempotentCommands_RecordedAt",
                schema: "arbitration",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationHearings_Room_StartsAt",
                schema: "arbitration",
                table: "Hearings",
                newName: "IX_Hearings_Room_StartsAt");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationHearings_ApplicationId",
                schema: "arbitration",
                table: "Hearings",
                newName: "IX_Hearings_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationEvidenceCollections_ApplicationId",
                schema: "arbitration",
                table: "EvidenceCollections",
                newName: "IX_EvidenceCollections_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationDraftsFromMediation_MediationCaseId",
                schema: "arbitration",
                table: "DraftsFromMediation",
                newName: "IX_DraftsFromMediation_MediationCaseId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationDraftsFromMediation_LinkageNumber",
                schema: "arbitration",
                table: "DraftsFromMediation",
                newName: "IX_DraftsFromMediation_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationDeadlines_SubjectId_RuleId",
                schema: "arbitration",
                table: "Deadlines",
                newName: "IX_Deadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationDeadlines_Provisional_CompletedAt_CancelledAt",
                schema: "arbitration",
                table: "Deadlines",
                newName: "IX_Deadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "arbitration",
                table: "Deadlines",
                newName: "IX_Deadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationComplaintInterruptions_LinkageNumber",
                schema: "arbitration",
                table: "ComplaintInterruptions",
                newName: "IX_ComplaintInterruptions_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationComplaintInterruptions_EmployerCreditCode",
                schema: "arbitration",
                table: "ComplaintInterruptions",
                newName: "IX_ComplaintInterruptions_EmployerCreditCode");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationComplaintInterruptions_ComplaintId",
                schema: "arbitration",
                table: "ComplaintInterruptions",
                newName: "IX_ComplaintInterruptions_ComplaintId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationClockPauses_ApplicationId",
                schema: "arbitration",
                table: "ClockPauses",
                newName: "IX_ClockPauses_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationClaims_ApplicationId",
                schema: "arbitration",
                table: "Claims",
                newName: "IX_Claims_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationAwards_ApplicationId",
                schema: "arbitration",
                table: "Awards",
                newName: "IX_Awards_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationApplications_Status_ReceivedAt",
                schema: "arbitration",
                table: "Applications",
                newName: "IX_Applications_Status_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationApplications_LinkedReferralId",
                schema: "arbitration",
                table: "Applications",
                newName: "IX_Applications_LinkedReferralId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationApplications_LinkageNumber",
                schema: "arbitration",
                table: "Applications",
                newName: "IX_Applications_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationApplications_CaseNumber",
                schema: "arbitration",
                table: "Applications",
                newName: "IX_Applications_CaseNumber");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationAgreementReviews_Status",
                schema: "arbitration",
                table: "AgreementReviews",
                newName: "IX_AgreementReviews_Status");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationAgreementReviews_ReviewRequestId",
                schema: "arbitration",
                table: "AgreementReviews",
                newName: "IX_AgreementReviews_ReviewRequestId");

            migrationBuilder.RenameIndex(
                name: "IX_ArbitrationAgreementReviews_DocumentNumber",
                schema: "arbitration",
                table: "AgreementReviews",
                newName: "IX_AgreementReviews_DocumentNumber");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "arbitration",
                table: "ScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Outbox",
                schema: "arbitration",
                table: "Outbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediationEntrustments",
                schema: "arbitration",
                table: "MediationEntrustments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "arbitration",
                table: "LinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LimitationEvents",
                schema: "arbitration",
                table: "LimitationEvents",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Letters",
                schema: "arbitration",
                table: "Letters",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LegalAidReferrals",
                schema: "arbitration",
                table: "LegalAidReferrals",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LapsedExtensions",
                schema: "arbitration",
                table: "LapsedExtensions",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Inbox",
                schema: "arbitration",
                table: "Inbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "arbitration",
                table: "IdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Hearings",
                schema: "arbitration",
                table: "Hearings",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EvidenceCollections",
                schema: "arbitration",
                table: "EvidenceCollections",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_DraftsFromMediation",
                schema: "arbitration",
                table: "DraftsFromMediation",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Deadlines",
                schema: "arbitration",
                table: "Deadlines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ComplaintInterruptions",
                schema: "arbitration",
                table: "ComplaintInterruptions",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ClockPauses",
                schema: "arbitration",
                table: "ClockPauses",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Claims",
                schema: "arbitration",
                table: "Claims",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Awards",
                schema: "arbitration",
                table: "Awards",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Applications",
                schema: "arbitration",
                table: "Applications",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AgreementReviews",
                schema: "arbitration",
                table: "AgreementReviews",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Awards_Applications_ApplicationId",
                schema: "arbitration",
                table: "Awards",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Claims_Applications_ApplicationId",
                schema: "arbitration",
                table: "Claims",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ClockPauses_Applications_ApplicationId",
                schema: "arbitration",
                table: "ClockPauses",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EvidenceCollections_Applications_ApplicationId",
                schema: "arbitration",
                table: "EvidenceCollections",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Hearings_Applications_ApplicationId",
                schema: "arbitration",
                table: "Hearings",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_LapsedExtensions_Applications_ApplicationId",
                schema: "arbitration",
                table: "LapsedExtensions",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_LegalAidReferrals_Applications_ApplicationId",
                schema: "arbitration",
                table: "LegalAidReferrals",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Letters_Applications_ApplicationId",
                schema: "arbitration",
                table: "Letters",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_LimitationEvents_Applications_ApplicationId",
                schema: "arbitration",
                table: "LimitationEvents",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_MediationEntrustments_Applications_ApplicationId",
                schema: "arbitration",
                table: "MediationEntrustments",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Awards_Applications_ApplicationId",
                schema: "arbitration",
                table: "Awards");

            migrationBuilder.DropForeignKey(
                name: "FK_Claims_Applications_ApplicationId",
                schema: "arbitration",
                table: "Claims");

            migrationBuilder.DropForeignKey(
                name: "FK_ClockPauses_Applications_ApplicationId",
                schema: "arbitration",
                table: "ClockPauses");

            migrationBuilder.DropForeignKey(
                name: "FK_EvidenceCollections_Applications_ApplicationId",
                schema: "arbitration",
                table: "EvidenceCollections");

            migrationBuilder.DropForeignKey(
                name: "FK_Hearings_Applications_ApplicationId",
                schema: "arbitration",
                table: "Hearings");

            migrationBuilder.DropForeignKey(
                name: "FK_LapsedExtensions_Applications_ApplicationId",
                schema: "arbitration",
                table: "LapsedExtensions");

            migrationBuilder.DropForeignKey(
                name: "FK_LegalAidReferrals_Applications_ApplicationId",
                schema: "arbitration",
                table: "LegalAidReferrals");

            migrationBuilder.DropForeignKey(
                name: "FK_Letters_Applications_ApplicationId",
                schema: "arbitration",
                table: "Letters");

            migrationBuilder.DropForeignKey(
                name: "FK_LimitationEvents_Applications_ApplicationId",
                schema: "arbitration",
                table: "LimitationEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_MediationEntrustments_Applications_ApplicationId",
                schema: "arbitration",
                table: "MediationEntrustments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "arbitration",
                table: "ScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Outbox",
                schema: "arbitration",
                table: "Outbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediationEntrustments",
                schema: "arbitration",
                table: "MediationEntrustments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "arbitration",
                table: "LinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LimitationEvents",
                schema: "arbitration",
                table: "LimitationEvents");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Letters",
                schema: "arbitration",
                table: "Letters");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LegalAidReferrals",
                schema: "arbitration",
                table: "LegalAidReferrals");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LapsedExtensions",
                schema: "arbitration",
                table: "LapsedExtensions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Inbox",
                schema: "arbitration",
                table: "Inbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "arbitration",
                table: "IdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Hearings",
                schema: "arbitration",
                table: "Hearings");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EvidenceCollections",
                schema: "arbitration",
                table: "EvidenceCollections");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DraftsFromMediation",
                schema: "arbitration",
                table: "DraftsFromMediation");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Deadlines",
                schema: "arbitration",
                table: "Deadlines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ComplaintInterruptions",
                schema: "arbitration",
                table: "ComplaintInterruptions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ClockPauses",
                schema: "arbitration",
                table: "ClockPauses");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Claims",
                schema: "arbitration",
                table: "Claims");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Awards",
                schema: "arbitration",
                table: "Awards");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Applications",
                schema: "arbitration",
                table: "Applications");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AgreementReviews",
                schema: "arbitration",
                table: "AgreementReviews");

            migrationBuilder.RenameTable(
                name: "ScheduledCommands",
                schema: "arbitration",
                newName: "ArbitrationScheduledCommands",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "Outbox",
                schema: "arbitration",
                newName: "ArbitrationOutbox",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "MediationEntrustments",
                schema: "arbitration",
                newName: "ArbitrationMediationEntrustments",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "LinkageSequences",
                schema: "arbitration",
                newName: "ArbitrationLinkageSequences",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "LimitationEvents",
                schema: "arbitration",
                newName: "ArbitrationLimitationEvents",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "Letters",
                schema: "arbitration",
                newName: "ArbitrationLetters",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "LegalAidReferrals",
                schema: "arbitration",
                newName: "ArbitrationLegalAidReferrals",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "LapsedExtensions",
                schema: "arbitration",
                newName: "ArbitrationLapsedExtensions",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "Inbox",
                schema: "arbitration",
                newName: "ArbitrationInbox",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "IdempotentCommands",
                schema: "arbitration",
                newName: "ArbitrationIdempotentCommands",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "Hearings",
                schema: "arbitration",
                newName: "ArbitrationHearings",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "EvidenceCollections",
                schema: "arbitration",
                newName: "ArbitrationEvidenceCollections",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "DraftsFromMediation",
                schema: "arbitration",
                newName: "ArbitrationDraftsFromMediation",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "Deadlines",
                schema: "arbitration",
                newName: "ArbitrationDeadlines",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ComplaintInterruptions",
                schema: "arbitration",
                newName: "ArbitrationComplaintInterruptions",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "ClockPauses",
                schema: "arbitration",
                newName: "ArbitrationClockPauses",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "Claims",
                schema: "arbitration",
                newName: "ArbitrationClaims",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "Awards",
                schema: "arbitration",
                newName: "ArbitrationAwards",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "Applications",
                schema: "arbitration",
                newName: "ArbitrationApplications",
                newSchema: "arbitration");

            migrationBuilder.RenameTable(
                name: "AgreementReviews",
                schema: "arbitration",
                newName: "ArbitrationAgreementReviews",
                newSchema: "arbitration");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "arbitration",
                table: "ArbitrationScheduledCommands",
                newName: "IX_ArbitrationScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "arbitration",
                table: "ArbitrationScheduledCommands",
                newName: "IX_ArbitrationScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_LockedBy",
                schema: "arbitration",
                table: "ArbitrationOutbox",
                newName: "IX_ArbitrationOutbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "arbitration",
                table: "ArbitrationOutbox",
                newName: "IX_ArbitrationOutbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_MediationEntrustments_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationMediationEntrustments",
                newName: "IX_ArbitrationMediationEntrustments_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_LimitationEvents_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLimitationEvents",
                newName: "IX_ArbitrationLimitationEvents_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_Letters_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLetters",
                newName: "IX_ArbitrationLetters_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_LegalAidReferrals_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals",
                newName: "IX_ArbitrationLegalAidReferrals_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_LapsedExtensions_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLapsedExtensions",
                newName: "IX_ArbitrationLapsedExtensions_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_LockedBy",
                schema: "arbitration",
                table: "ArbitrationInbox",
                newName: "IX_ArbitrationInbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "arbitration",
                table: "ArbitrationInbox",
                newName: "IX_ArbitrationInbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "arbitration",
                table: "ArbitrationInbox",
                newName: "IX_ArbitrationInbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "arbitration",
                table: "ArbitrationIdempotentCommands",
                newName: "IX_ArbitrationIdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "arbitration",
                table: "ArbitrationIdempotentCommands",
                newName: "IX_ArbitrationIdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Hearings_Room_StartsAt",
                schema: "arbitration",
                table: "ArbitrationHearings",
                newName: "IX_ArbitrationHearings_Room_StartsAt");

            migrationBuilder.RenameIndex(
                name: "IX_Hearings_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationHearings",
                newName: "IX_ArbitrationHearings_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_EvidenceCollections_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationEvidenceCollections",
                newName: "IX_ArbitrationEvidenceCollections_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_DraftsFromMediation_MediationCaseId",
                schema: "arbitration",
                table: "ArbitrationDraftsFromMediation",
                newName: "IX_ArbitrationDraftsFromMediation_MediationCaseId");

            migrationBuilder.RenameIndex(
                name: "IX_DraftsFromMediation_LinkageNumber",
                schema: "arbitration",
                table: "ArbitrationDraftsFromMediation",
                newName: "IX_ArbitrationDraftsFromMediation_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "arbitration",
                table: "ArbitrationDeadlines",
                newName: "IX_ArbitrationDeadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "arbitration",
                table: "ArbitrationDeadlines",
                newName: "IX_ArbitrationDeadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "arbitration",
                table: "ArbitrationDeadlines",
                newName: "IX_ArbitrationDeadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_ComplaintInterruptions_LinkageNumber",
                schema: "arbitration",
                table: "ArbitrationComplaintInterruptions",
                newName: "IX_ArbitrationComplaintInterruptions_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_ComplaintInterruptions_EmployerCreditCode",
                schema: "arbitration",
                table: "ArbitrationComplaintInterruptions",
                newName: "IX_ArbitrationComplaintInterruptions_EmployerCreditCode");

            migrationBuilder.RenameIndex(
                name: "IX_ComplaintInterruptions_ComplaintId",
                schema: "arbitration",
                table: "ArbitrationComplaintInterruptions",
                newName: "IX_ArbitrationComplaintInterruptions_ComplaintId");

            migrationBuilder.RenameIndex(
                name: "IX_ClockPauses_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationClockPauses",
                newName: "IX_ArbitrationClockPauses_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_Claims_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationClaims",
                newName: "IX_ArbitrationClaims_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_Awards_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationAwards",
                newName: "IX_ArbitrationAwards_ApplicationId");

            migrationBuilder.RenameIndex(
                name: "IX_Applications_Status_ReceivedAt",
                schema: "arbitration",
                table: "ArbitrationApplications",
                newName: "IX_ArbitrationApplications_Status_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Applications_LinkedReferralId",
                schema: "arbitration",
                table: "ArbitrationApplications",
                newName: "IX_ArbitrationApplications_LinkedReferralId");

            migrationBuilder.RenameIndex(
                name: "IX_Applications_LinkageNumber",
                schema: "arbitration",
                table: "ArbitrationApplications",
                newName: "IX_ArbitrationApplications_LinkageNumber");

            migrationBuilder.RenameIndex(
                name: "IX_Applications_CaseNumber",
                schema: "arbitration",
                table: "ArbitrationApplications",
                newName: "IX_ArbitrationApplications_CaseNumber");

            migrationBuilder.RenameIndex(
                name: "IX_AgreementReviews_Status",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                newName: "IX_ArbitrationAgreementReviews_Status");

            migrationBuilder.RenameIndex(
                name: "IX_AgreementReviews_ReviewRequestId",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                newName: "IX_ArbitrationAgreementReviews_ReviewRequestId");

            migrationBuilder.RenameIndex(
                name: "IX_AgreementReviews_DocumentNumber",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                newName: "IX_ArbitrationAgreementReviews_DocumentNumber");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationScheduledCommands",
                schema: "arbitration",
                table: "ArbitrationScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationOutbox",
                schema: "arbitration",
                table: "ArbitrationOutbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationMediationEntrustments",
                schema: "arbitration",
                table: "ArbitrationMediationEntrustments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationLinkageSequences",
                schema: "arbitration",
                table: "ArbitrationLinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationLimitationEvents",
                schema: "arbitration",
                table: "ArbitrationLimitationEvents",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationLetters",
                schema: "arbitration",
                table: "ArbitrationLetters",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationLegalAidReferrals",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationLapsedExtensions",
                schema: "arbitration",
                table: "ArbitrationLapsedExtensions",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationInbox",
                schema: "arbitration",
                table: "ArbitrationInbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationIdempotentCommands",
                schema: "arbitration",
                table: "ArbitrationIdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationHearings",
                schema: "arbitration",
                table: "ArbitrationHearings",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationEvidenceCollections",
                schema: "arbitration",
                table: "ArbitrationEvidenceCollections",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationDraftsFromMediation",
                schema: "arbitration",
                table: "ArbitrationDraftsFromMediation",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationDeadlines",
                schema: "arbitration",
                table: "ArbitrationDeadlines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationComplaintInterruptions",
                schema: "arbitration",
                table: "ArbitrationComplaintInterruptions",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationClockPauses",
                schema: "arbitration",
                table: "ArbitrationClockPauses",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationClaims",
                schema: "arbitration",
                table: "ArbitrationClaims",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationAwards",
                schema: "arbitration",
                table: "ArbitrationAwards",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationApplications",
                schema: "arbitration",
                table: "ArbitrationApplications",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArbitrationAgreementReviews",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_ArbitrationAwards_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationAwards",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "ArbitrationApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArbitrationClaims_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationClaims",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "ArbitrationApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArbitrationClockPauses_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationClockPauses",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "ArbitrationApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArbitrationEvidenceCollections_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationEvidenceCollections",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "ArbitrationApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArbitrationHearings_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationHearings",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "ArbitrationApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArbitrationLapsedExtensions_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLapsedExtensions",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "ArbitrationApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArbitrationLegalAidReferrals_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "ArbitrationApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArbitrationLetters_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLetters",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "ArbitrationApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArbitrationLimitationEvents_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLimitationEvents",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "ArbitrationApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArbitrationMediationEntrustments_ArbitrationApplications_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationMediationEntrustments",
                column: "ApplicationId",
                principalSchema: "arbitration",
                principalTable: "ArbitrationApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
