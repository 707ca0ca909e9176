using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Arbitration
{
    /// <inheritdoc />
    public partial class ArbitrationReviewAndHearingDeadlines_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LawyerAssignedAt",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LawyerReplaced",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeServedOn",
                schema: "arbitration",
                table: "ArbitrationHearings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DecidedAt",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentNumber",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalGround",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ArbitrationComplaintInterruptions",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterruptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    WorkersCovered = table.Column<int>(type: "INTEGER", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationComplaintInterruptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationLapsedExtensions",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApprovalNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LapsedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RestartReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationLapsedExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbitrationLapsedExtensions_ArbitrationApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "ArbitrationApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationAgreementReviews_DocumentNumber",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                column: "DocumentNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationAgreementReviews_Status",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationComplaintInterruptions_ComplaintId",
                schema: "arbitration",
                table: "ArbitrationComplaintInterruptions",
                column: "ComplaintId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationComplaintInterruptions_EmployerCreditCode",
                schema: "arbitration",
                table: "ArbitrationComplaintInterruptions",
                column: "EmployerCreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationComplaintInterruptions_LinkageNumber",
                schema: "arbitration",
                table: "ArbitrationComplaintInterruptions",
                column: "LinkageNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationLapsedExtensions_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLapsedExtensions",
                column: "ApplicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArbitrationComplaintInterruptions",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationLapsedExtensions",
                schema: "arbitration");

            migrationBuilder.DropIndex(
                name: "IX_ArbitrationAgreementReviews_DocumentNumber",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews");

            migrationBuilder.DropIndex(
                name: "IX_ArbitrationAgreementReviews_Status",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews");

            migrationBuilder.DropColumn(
                name: "LawyerAssignedAt",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals");

            migrationBuilder.DropColumn(
                name: "LawyerReplaced",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals");

            migrationBuilder.DropColumn(
                name: "NoticeServedOn",
                schema: "arbitration",
                table: "ArbitrationHearings");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews");

            migrationBuilder.DropColumn(
                name: "DocumentNumber",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews");

            migrationBuilder.DropColumn(
                name: "Reason",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews");

            migrationBuilder.DropColumn(
                name: "RefusalGround",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews");
        }
    }
}
