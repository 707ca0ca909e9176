using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Platform
{
    /// <inheritdoc />
    public partial class SessionsSignInThrottleAuditShown_Platform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailedLogins",
                schema: "platform",
                table: "PlatformAccounts");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                schema: "platform",
                table: "PlatformAccounts");

            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                schema: "platform",
                table: "PlatformAccounts",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "PlatformAuditShown",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EntryId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformAuditShown", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlatformAuditShown_PlatformAuditEntries_EntryId",
                        column: x => x.EntryId,
                        principalSchema: "platform",
                        principalTable: "PlatformAuditEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlatformSignInThrottles",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ClientAddress = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Failures = table.Column<int>(type: "int", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformSignInThrottles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformAuditShown_EntryId",
                schema: "platform",
                table: "PlatformAuditShown",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformAuditShown_Key",
                schema: "platform",
                table: "PlatformAuditShown",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformSignInThrottles_LastAttemptAt",
                schema: "platform",
                table: "PlatformSignInThrottles",
                column: "LastAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformSignInThrottles_UserKey_ClientAddress",
                schema: "platform",
                table: "PlatformSignInThrottles",
                columns: new[] { "UserKey", "ClientAddress" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlatformAuditShown",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "PlatformSignInThrottles",
                schema: "platform");

            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                schema: "platform",
                table: "PlatformAccounts");

            migrationBuilder.AddColumn<int>(
                name: "FailedLogins",
                schema: "platform",
                table: "PlatformAccounts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LockedUntil",
                schema: "platform",
                table: "PlatformAccounts",
                type: "datetimeoffset",
                nullable: true);
        }
    }
}
