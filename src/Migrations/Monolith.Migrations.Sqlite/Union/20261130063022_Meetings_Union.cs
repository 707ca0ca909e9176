using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Union
{
    /// <inheritdoc />
    public partial class Meetings_Union : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UnionActionItems",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MeetingTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerModule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerAgencyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MissedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionActionItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnionConsultations",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkerName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkerIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    WorkerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WorkerIsPlatformWorker = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkerIsMigrantWorker = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EmployerCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UnionLawyerName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UnionLawFirm = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionConsultations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnionMeetingRequests",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestingModule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestingAgency = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LinkedMatters = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionMeetingRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnionMeetings",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ConvenedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduledBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Attendance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    MinutesSavedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MinutesPublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MinutesPublishedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Agencies = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionMeetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnionRhythmReminders",
                schema: "union",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionRhythmReminders", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "UnionSupervisionLetters",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecipientCreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Requests = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LinkageNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionSupervisionLetters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnionActionItemProgress",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ActionItemId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionActionItemProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnionActionItemProgress_UnionActionItems_ActionItemId",
                        column: x => x.ActionItemId,
                        principalSchema: "union",
                        principalTable: "UnionActionItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnionConsultationFollowUps",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ConsultationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionConsultationFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnionConsultationFollowUps_UnionConsultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalSchema: "union",
                        principalTable: "UnionConsultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnionLegalAidReferrals",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsentRecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentRecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LawyerName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LawFirm = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConsultationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionLegalAidReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnionLegalAidReferrals_UnionConsultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalSchema: "union",
                        principalTable: "UnionConsultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnionAgendaItems",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnionAgendaItems_UnionMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "union",
                        principalTable: "UnionMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnionMeetingParticipants",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyModule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AgencyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionMeetingParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnionMeetingParticipants_UnionMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "union",
                        principalTable: "UnionMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnionMinutesDecisions",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerModule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OwnerAgencyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionMinutesDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnionMinutesDecisions_UnionMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "union",
                        principalTable: "UnionMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnionActionItemProgress_ActionItemId",
                schema: "union",
                table: "UnionActionItemProgress",
                column: "ActionItemId");

            migrationBuilder.CreateIndex(
                name: "IX_UnionActionItems_MeetingId",
                schema: "union",
                table: "UnionActionItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_UnionActionItems_OwnerModule_Status_DueDate",
                schema: "union",
                table: "UnionActionItems",
                columns: new[] { "OwnerModule", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_UnionAgendaItems_MeetingId",
                schema: "union",
                table: "UnionAgendaItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_UnionConsultationFollowUps_ConsultationId",
                schema: "union",
                table: "UnionConsultationFollowUps",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_UnionConsultations_LinkageNumber",
                schema: "union",
                table: "UnionConsultations",
                column: "LinkageNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnionConsultations_Status_ReceivedAt",
                schema: "union",
                table: "UnionConsultations",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_UnionLegalAidReferrals_ConsultationId",
                schema: "union",
                table: "UnionLegalAidReferrals",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_UnionMeetingParticipants_MeetingId",
                schema: "union",
                table: "UnionMeetingParticipants",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_UnionMeetingRequests_Status_RequestedAt",
                schema: "union",
                table: "UnionMeetingRequests",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_UnionMeetings_StartsAt_Status",
                schema: "union",
                table: "UnionMeetings",
                columns: new[] { "StartsAt", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_UnionMinutesDecisions_MeetingId",
                schema: "union",
                table: "UnionMinutesDecisions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_UnionSupervisionLetters_Kind_Year_Sequence",
                schema: "union",
                table: "UnionSupervisionLetters",
                columns: new[] { "Kind", "Year", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnionActionItemProgress",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionAgendaItems",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionConsultationFollowUps",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionLegalAidReferrals",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionMeetingParticipants",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionMeetingRequests",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionMinutesDecisions",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionRhythmReminders",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionSupervisionLetters",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionActionItems",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionConsultations",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionMeetings",
                schema: "union");
        }
    }
}
