using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Arbitration
{
    /// <inheritdoc />
    public partial class IdempotentCommands_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArbitrationIdempotentCommands",
                schema: "arbitration",
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
                    table.PrimaryKey("PK_ArbitrationIdempotentCommands", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationIdempotentCommands_RecordedAt",
                schema: "arbitration",
                table: "ArbitrationIdempotentCommands",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationIdempotentCommands_UserName_Key",
                schema: "arbitration",
                table: "ArbitrationIdempotentCommands",
                columns: new[] { "UserName", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArbitrationIdempotentCommands",
                schema: "arbitration");
        }
    }
}
