using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Platform
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
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "PlatformAuditShown",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "LockedUntil",
                schema: "platform",
                table: "PlatformAccounts",
                type: "INTEGER",
                nullable: true);
        }
    }
}
