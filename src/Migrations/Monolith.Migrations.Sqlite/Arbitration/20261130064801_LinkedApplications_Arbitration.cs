using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.Sqlite.Arbitration
{
    /// <inheritdoc />
    public partial class LinkedApplications_Arbitration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LinkedAgencyName",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LinkedCaseReference",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LinkedReason",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LinkedReferralId",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LinkedReferredAt",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LinkedReferredBy",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LinkedReliefFirstSoughtOn",
                schema: "arbitration",
                table: "ArbitrationApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArbitrationApplications_LinkedReferralId",
                schema: "arbitration",
                table: "ArbitrationApplications",
                column: "LinkedReferralId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArbitrationApplications_LinkedReferralId",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "LinkedAgencyName",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "LinkedCaseReference",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "LinkedReason",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "LinkedReferralId",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "LinkedReferredAt",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "LinkedReferredBy",
                schema: "arbitration",
                table: "ArbitrationApplications");

            migrationBuilder.DropColumn(
                name: "LinkedReliefFirstSoughtOn",
                schema: "arbitration",
                table: "ArbitrationApplications");
        }
    }
}
