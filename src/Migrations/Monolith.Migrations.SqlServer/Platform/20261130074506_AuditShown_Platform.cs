using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Platform
{
    /// <inheritdoc />
    public partial class AuditShown_Platform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlatformAuditShown",
                schema: "platform");
        }
    }
}
