using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Platform
{
    /// <inheritdoc />
    public partial class Meetings_Platform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Email",
                schema: "platform",
                table: "PlatformAccounts",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlatformNotifications",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AttachmentFileName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    AttachmentContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    AttachmentContent = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlatformInboxItems",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NotificationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformInboxItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlatformInboxItems_PlatformNotifications_NotificationId",
                        column: x => x.NotificationId,
                        principalSchema: "platform",
                        principalTable: "PlatformNotifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformInboxItems_NotificationId_UserName",
                schema: "platform",
                table: "PlatformInboxItems",
                columns: new[] { "NotificationId", "UserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlatformInboxItems_UserName_ReadAt",
                schema: "platform",
                table: "PlatformInboxItems",
                columns: new[] { "UserName", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlatformInboxItems",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "PlatformNotifications",
                schema: "platform");

            migrationBuilder.DropColumn(
                name: "Email",
                schema: "platform",
                table: "PlatformAccounts");
        }
    }
}
