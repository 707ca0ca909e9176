using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Arbitration
{
    /// <inheritdoc />
    public partial class ArbitrationReviewAndHearingDeadlines_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LawyerAssignedAt",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LawyerReplaced",
                schema: "arbitration",
                table: "ArbitrationLegalAidReferrals",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeServedOn",
                schema: "arbitration",
                table: "ArbitrationHearings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecidedAt",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentNumber",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalGround",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "arbitration",
                table: "ArbitrationAgreementReviews",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ArbitrationComplaintInterruptions",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LinkageNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InterruptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EmployerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EmployerCreditCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    WorkersCovered = table.Column<int>(type: "int", nullable: false),
                    Basis = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApprovedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ApprovalNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    LapsedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RestartReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
                unique: true,
                filter: "[DocumentNumber] IS NOT NULL");

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
