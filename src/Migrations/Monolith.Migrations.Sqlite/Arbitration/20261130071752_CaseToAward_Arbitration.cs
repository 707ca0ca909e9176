using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Arbitration
{
    /// <inheritdoc />
    public partial class CaseToAward_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AdvanceExecution",
                schema: "arbitration",
                table: "ArbitrationClaims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "AwardedAmount",
                schema: "arbitration",
                table: "ArbitrationClaims",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Classification",
                schema: "arbitration",
                table: "ArbitrationClaims",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DecidedByAwardId",
                schema: "arbitration",
                table: "ArbitrationClaims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Ordinal",
                schema: "arbitration",
                table: "ArbitrationClaims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                schema: "arbitration",
                table: "ArbitrationClaims",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AcceptedOn",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApplicationCopyReceivedOn",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AwardClockStart",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AwardClockStartReason",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CaseNumber",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DefenceCopyServedOn",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DefenceReceivedOn",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EmploymentEndedOn",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionApprovalNumber",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionApprovedBy",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtensionApprovedOn",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionRecordedBy",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "KnewOfInfringementOn",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MaterialsMissing",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "MediationAmount",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MediationMadeOn",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediationNumber",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediationRecordedBy",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediationTerms",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SimplifiedBasis",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SupplementRequestedAt",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SupplementedAt",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkerCount",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ArbitrationAwards",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsPartial = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reasoning = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsFinalAward = table.Column<bool>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ClassificationSummary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    WorkerReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EmployerReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbitrationAwards_ArbitrationApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "ArbitrationApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationClockPauses",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationClockPauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbitrationClockPauses_ArbitrationApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "ArbitrationApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationEvidenceCollections",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WhyWorkerCannotCollect = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ResultAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationEvidenceCollections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbitrationEvidenceCollections_ArbitrationApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "ArbitrationApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationHearings",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Room = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PostponementRequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PostponementReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PostponementRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationHearings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbitrationHearings_ArbitrationApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "ArbitrationApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationLetters",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Requests = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbitrationLetters_ArbitrationApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "ArbitrationApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArbitrationLimitationEvents",
                schema: "arbitration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArbitrationLimitationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArbitrationLimitationEvents_ArbitrationApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "arbitration",
                        principalTable: "ArbitrationApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationApplications_CaseNumber",
                schema: "arbitration",
                table: "ArbitrationApplications",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationAwards_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationAwards",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationClockPauses_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationClockPauses",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationEvidenceCollections_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationEvidenceCollections",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationHearings_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationHearings",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationHearings_Room_StartsAt",
                schema: "arbitration",
                table: "ArbitrationHearings",
                columns: new[] { "Room", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationLetters_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLetters",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationLimitationEvents_ApplicationId",
                schema: "arbitration",
                table: "ArbitrationLimitationEvents",
                column: "ApplicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArbitrationAwards",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationClockPauses",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationEvidenceCollections",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationHearings",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationLetters",
                schema: "arbitration");

            migrationBuilder.DropTable(
                name: "ArbitrationLimitationEvents",
                schema: "arbitration");

            migrationBuilder.DropIndex(
                name: "IX_ArbitrationApplications_CaseNumber",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "AdvanceExecution",
                schema: "arbitration",
                table: "ArbitrationClaims");

            migrationBuilder.DropColumn(
                name: "AwardedAmount",
                schema: "arbitration",
                table: "ArbitrationClaims");

            migrationBuilder.DropColumn(
                name: "Classification",
                schema: "arbitration",
                table: "ArbitrationClaims");

            migrationBuilder.DropColumn(
                name: "DecidedByAwardId",
                schema: "arbitration",
                table: "ArbitrationClaims");

            migrationBuilder.DropColumn(
                name: "Ordinal",
                schema: "arbitration",
                table: "ArbitrationClaims");

            migrationBuilder.DropColumn(
                name: "Outcome",
                schema: "arbitration",
                table: "ArbitrationClaims");

            migrationBuilder.DropColumn(
                name: "AcceptedOn",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "ApplicationCopyReceivedOn",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "AwardClockStart",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "AwardClockStartReason",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "CaseNumber",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "DefenceCopyServedOn",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "DefenceReceivedOn",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "EmploymentEndedOn",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "ExtensionApprovalNumber",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "ExtensionApprovedBy",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "ExtensionApprovedOn",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "ExtensionRecordedBy",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "KnewOfInfringementOn",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "MaterialsMissing",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "MediationAmount",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "MediationMadeOn",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "MediationNumber",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "MediationRecordedBy",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "MediationTerms",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "SimplifiedBasis",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "SupplementRequestedAt",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "SupplementedAt",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "WorkerCount",
                schema: "arbitration",
                table: "ArbitrationApplications");
        }
    }
}
