using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Union
{
    /// <inheritdoc />
    public partial class EncryptPersonalData_Union : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "WorkerPhone",
                schema: "union",
                table: "UnionConsultations",
                type: "nvarchar(124)",
                maxLength: 124,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "WorkerIdNumber",
                schema: "union",
                table: "UnionConsultations",
                type: "nvarchar(116)",
                maxLength: 116,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(18)",
                oldMaxLength: 18,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "WorkerPhone",
                schema: "union",
                table: "UnionConsultations",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(124)",
                oldMaxLength: 124);

            migrationBuilder.AlterColumn<string>(
                name: "WorkerIdNumber",
                schema: "union",
                table: "UnionConsultations",
                type: "nvarchar(18)",
                maxLength: 18,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(116)",
                oldMaxLength: 116,
                oldNullable: true);
        }
    }
}
