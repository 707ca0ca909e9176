using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Union
{
    /// <inheritdoc />
    public partial class CaseWork_Union : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UnionConsultations",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LinkageNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    WorkerName = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WorkerIdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    WorkerPhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    WorkerIsPlatformWorker = table.Column<bool>(type: "bit", nullable: false),
                    WorkerIsMigrantWorker = table.Column<bool>(type: "bit", nullable: false),
                    EmployerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    EmployerCreditCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    Question = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceivedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UnionLawyerName = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    UnionLawFirm = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionConsultations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnionSupervisionLetters",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RecipientCreditCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    Findings = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Requests = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    LinkageNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnionSupervisionLetters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnionConsultationFollowUps",
                schema: "union",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConsentRecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConsentRecordedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LawyerName = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    LawFirm = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RefusalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ConsultationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
                name: "UnionConsultationFollowUps",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionLegalAidReferrals",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionSupervisionLetters",
                schema: "union");

            migrationBuilder.DropTable(
                name: "UnionConsultations",
                schema: "union");
        }
    }
}
