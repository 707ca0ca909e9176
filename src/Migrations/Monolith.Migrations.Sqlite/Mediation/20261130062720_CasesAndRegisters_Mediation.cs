using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Mediation
{
    /// <inheritdoc />
    public partial class CasesAndRegisters_Mediation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MediationCases",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RespondentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RespondentCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EntrustmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EntrustmentKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EntrustingModule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EntrustingAgencyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EntrustingCaseReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EntrustedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EntrustedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NegotiationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ByEnterpriseCommittee = table.Column<bool>(type: "INTEGER", nullable: false),
                    MediatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MediatorName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NotAcceptedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NotAcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AgreementTerms = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AgreedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PerformanceDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PerformanceMethod = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PerformanceCapacityNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AgreementDraftedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreementDraftedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AgreementDraftedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    WorkerSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EmployerSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreementEffectiveAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AgreementEffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeIssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NoticeIssuedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FollowUpDueSince = table.Column<long>(type: "INTEGER", nullable: true),
                    PerformedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NotPerformedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NonPerformanceNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GuidedToArbitrationAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaymentOrderCourt = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PaymentOrderAppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaymentOrderStage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PaymentOrderAcceptanceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaymentOrderIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaymentOrderDebtorServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaymentOrderResultOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalAidReferralId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LegalAidReferredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LegalAidReferredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LegalAidGranted = table.Column<bool>(type: "INTEGER", nullable: true),
                    LegalAidLawyerName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LegalAidLawFirm = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LegalAidLawyerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LegalAidRefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LegalAidDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LegalAidDecidedInTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    ConfirmationRoute = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConfirmationCourt = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConfirmationAppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConfirmationAccepted = table.Column<bool>(type: "INTEGER", nullable: true),
                    ConfirmationAcceptanceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConfirmationConfirmed = table.Column<bool>(type: "INTEGER", nullable: true),
                    ConfirmationRuledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConfirmationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewAppliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewAppliedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewDecision = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewAppliedInTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReviewReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewDocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EndNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConcludedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConcludedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResultReportedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationExperts",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Affiliation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Available = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationExperts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationNegotiations",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnionName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WorkerName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkerIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    WorkerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Matters = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ClaimedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnswerNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SettlementTerms = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SettlementAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    SettlementPerformanceDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SettlementSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SettlementRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SettlementRecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PerformanceRecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MediationCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationNegotiations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationOrganisations",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EmployerCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    StaffCount = table.Column<int>(type: "INTEGER", nullable: true),
                    AcceptsEntrustedCases = table.Column<bool>(type: "INTEGER", nullable: false),
                    FiledWith = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FilingNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationOrganisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationCaseExperts",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InvitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InvitedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationCaseExperts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationCaseExperts_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "mediation",
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationClaims",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationClaims_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "mediation",
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationFollowUpVisits",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationFollowUpVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationFollowUpVisits_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "mediation",
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationSessions",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationSessions_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "mediation",
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationMediators",
                schema: "mediation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Qualifications = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Available = table.Column<bool>(type: "INTEGER", nullable: false),
                    AvailabilityNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationMediators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationMediators_MediationOrganisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalSchema: "mediation",
                        principalTable: "MediationOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediationCaseExperts_CaseId",
                schema: "mediation",
                table: "MediationCaseExperts",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_EntrustmentId",
                schema: "mediation",
                table: "MediationCases",
                column: "EntrustmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_LegalAidReferralId",
                schema: "mediation",
                table: "MediationCases",
                column: "LegalAidReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_LinkageNumber_Sequence",
                schema: "mediation",
                table: "MediationCases",
                columns: new[] { "LinkageNumber", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_NegotiationId",
                schema: "mediation",
                table: "MediationCases",
                column: "NegotiationId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_OrganisationId_AcceptedAt",
                schema: "mediation",
                table: "MediationCases",
                columns: new[] { "OrganisationId", "AcceptedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_ReviewRequestId",
                schema: "mediation",
                table: "MediationCases",
                column: "ReviewRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_Status_ReceivedAt",
                schema: "mediation",
                table: "MediationCases",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationClaims_CaseId",
                schema: "mediation",
                table: "MediationClaims",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationFollowUpVisits_CaseId",
                schema: "mediation",
                table: "MediationFollowUpVisits",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationMediators_OrganisationId",
                schema: "mediation",
                table: "MediationMediators",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationNegotiations_LinkageNumber",
                schema: "mediation",
                table: "MediationNegotiations",
                column: "LinkageNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationNegotiations_Status_RequestedAt",
                schema: "mediation",
                table: "MediationNegotiations",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationOrganisations_Name",
                schema: "mediation",
                table: "MediationOrganisations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessions_CaseId",
                schema: "mediation",
                table: "MediationSessions",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediationCaseExperts",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "MediationClaims",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "MediationExperts",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "MediationFollowUpVisits",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "MediationMediators",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "MediationNegotiations",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "MediationSessions",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "MediationOrganisations",
                schema: "mediation");

            migrationBuilder.DropTable(
                name: "MediationCases",
                schema: "mediation");
        }
    }
}
