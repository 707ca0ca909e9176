using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Inspection
{
    /// <inheritdoc />
    public partial class InspectionCaseLife_Inspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InspectionCases",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChannelReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    EmployerAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AmountInvolved = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ViolationStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ViolationEndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AcceptanceDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptanceDecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AcceptanceNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FilingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    NonAcceptanceGround = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NonAcceptanceReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Guidance = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GuidanceNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NonAcceptanceNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PenaltyDescription = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PenaltyAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PenaltyProposedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PenaltyProposedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    HearingRequestDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingRequestDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HearingRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HearingHeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PenaltyDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PenaltyDecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PenaltyDecision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PenaltyDecidedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    WagesRecovered = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    WorkersCovered = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosureSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionDocumentSequences",
                schema: "inspection",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionDocumentSequences", x => new { x.Kind, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "InspectionEvidenceRequests",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequestingModule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequestingAgencyName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestingCaseReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkerName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ProjectManager = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EvidenceSought = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WhyWorkerCannotObtain = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Notified = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NotifiedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CollectedItems = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AnsweredInTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionEvidenceRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionLeads",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReportingModule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReportingAgencyName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReportingCaseReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WorkersAffected = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseLinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FeedbackInTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    OutcomeReportedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OutcomeFeedback = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionLeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionArbitrationReferrals",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReferredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReferredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionArbitrationReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionArbitrationReferrals_InspectionCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "InspectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionCaseEvents",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionCaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionCaseEvents_InspectionCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "InspectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionCaseWorkers",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ResidentIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IsMigrantWorker = table.Column<bool>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionCaseWorkers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionCaseWorkers_InspectionCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "InspectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionInquiries",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AppearAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Materials = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionInquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionInquiries_InspectionCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "InspectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionLegalAidReferrals",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsentRecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentRecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EconomicHardshipStated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedInTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    LawyerName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LawFirm = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LawyerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionLegalAidReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionLegalAidReferrals_InspectionCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "InspectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionOrders",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Requirements = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PeriodDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ComplianceRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ComplianceRecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AmountPaid = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ComplianceNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CompliedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    OverdueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionOrders_InspectionCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "InspectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionStatements",
                schema: "inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionStatements_InspectionCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "inspection",
                        principalTable: "InspectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionArbitrationReferrals_CaseId",
                schema: "inspection",
                table: "InspectionArbitrationReferrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionCaseEvents_CaseId",
                schema: "inspection",
                table: "InspectionCaseEvents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionCases_DivisionCode",
                schema: "inspection",
                table: "InspectionCases",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionCases_EmployerCreditCode",
                schema: "inspection",
                table: "InspectionCases",
                column: "EmployerCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionCases_LinkageNumber",
                schema: "inspection",
                table: "InspectionCases",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionCases_Status_ReceivedAt",
                schema: "inspection",
                table: "InspectionCases",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionCaseWorkers_CaseId",
                schema: "inspection",
                table: "InspectionCaseWorkers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionCaseWorkers_ResidentIdNumber",
                schema: "inspection",
                table: "InspectionCaseWorkers",
                column: "ResidentIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionEvidenceRequests_LinkageNumber",
                schema: "inspection",
                table: "InspectionEvidenceRequests",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionEvidenceRequests_RequestId",
                schema: "inspection",
                table: "InspectionEvidenceRequests",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionEvidenceRequests_RequestingModule_ReceivedAt",
                schema: "inspection",
                table: "InspectionEvidenceRequests",
                columns: new[] { "RequestingModule", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionInquiries_CaseId",
                schema: "inspection",
                table: "InspectionInquiries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionLeads_CaseId",
                schema: "inspection",
                table: "InspectionLeads",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionLeads_LeadId",
                schema: "inspection",
                table: "InspectionLeads",
                column: "LeadId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionLeads_LinkageNumber",
                schema: "inspection",
                table: "InspectionLeads",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionLeads_ReportingModule_ReceivedAt",
                schema: "inspection",
                table: "InspectionLeads",
                columns: new[] { "ReportingModule", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionLegalAidReferrals_CaseId",
                schema: "inspection",
                table: "InspectionLegalAidReferrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionOrders_CaseId",
                schema: "inspection",
                table: "InspectionOrders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionOrders_Status_DueAt",
                schema: "inspection",
                table: "InspectionOrders",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionStatements_CaseId",
                schema: "inspection",
                table: "InspectionStatements",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InspectionArbitrationReferrals",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "InspectionCaseEvents",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "InspectionCaseWorkers",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "InspectionDocumentSequences",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "InspectionEvidenceRequests",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "InspectionInquiries",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "InspectionLeads",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "InspectionLegalAidReferrals",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "InspectionOrders",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "InspectionStatements",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "InspectionCases",
                schema: "inspection");
        }
    }
}
