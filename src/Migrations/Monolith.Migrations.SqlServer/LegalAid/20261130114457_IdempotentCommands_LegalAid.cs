using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.LegalAid
{
    /// <inheritdoc />
    public partial class IdempotentCommands_LegalAid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LegalAidIdempotentCommands",
                schema: "legalaid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RequestType = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Fingerprint = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Response = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAidIdempotentCommands", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidIdempotentCommands_RecordedAt",
                schema: "legalaid",
                table: "LegalAidIdempotentCommands",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAidIdempotentCommands_UserName_Key",
                schema: "legalaid",
                table: "LegalAidIdempotentCommands",
                columns: new[] { "UserName", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LegalAidIdempotentCommands",
                schema: "legalaid");
        }
    }
}
