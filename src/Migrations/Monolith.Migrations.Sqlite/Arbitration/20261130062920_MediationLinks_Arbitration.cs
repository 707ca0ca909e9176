using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Arbitration
{
    /// <inheritdoc />
    public partial class MediationLinks_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArbitrationAgreementReviews",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequestingModule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReviewRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MediatingOrganisation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AgreementNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AgreementTerms = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AgreedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    AgreementEffectiveAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkerName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AppliedInTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationAgreementReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationDraftsFromMediation",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MediationCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApplicantIsMigrantWorker = table.Column<bool>(type: "INTEGER", nullable: false),
                    RespondentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RespondentCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ClaimsSummary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ClaimedTotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    MediationEndedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationDraftsFromMediation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationMediationEntrustments",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RespondentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ClaimsSummary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EntrustedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EntrustedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AgreementSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AgreedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PerformanceDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ResultAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationMediationEntrustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbitrationMediationEntrustments_ArbitrationApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "ArbitrationApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationAgreementReviews_ReviewRequestId",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                column: "ReviewRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationDraftsFromMediation_LinkageNumber",
                schema: "arbitration",
                table: "ArbitrationDraftsFromMediation",
                column: "LinkageNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationDraftsFromMediation_MediationCaseId",
                schema: "arbitration",
                table: "ArbitrationDraftsFromMediation",
                column: "MediationCaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationMediationEntrustments_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationMediationEntrustments",
                column: "ApplicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArbitrationAgreementReviews",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationDraftsFromMediation",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationMediationEntrustments",
                schema: "arbitration");
        }
    }
}
