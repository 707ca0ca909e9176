using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Monolith.Migrations.SqlServer.Platform
{
    /// <inheritdoc />
    public partial class TablesWithoutModulePrefix_Platform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PlatformCalendarDays_PlatformCalendarYears_Year",
                schema: "platform",
                table: "PlatformCalendarDays");

            migrationBuilder.DropForeignKey(
                name: "FK_PlatformInboxItems_PlatformNotifications_NotificationId",
                schema: "platform",
                table: "PlatformInboxItems");

            migrationBuilder.DropTable(
                name: "PlatformAuditShown",
                schema: "platform");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformSignInThrottles",
                schema: "platform",
                table: "PlatformSignInThrottles");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformScheduledCommands",
                schema: "platform",
                table: "PlatformScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformOutbox",
                schema: "platform",
                table: "PlatformOutbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformNotifications",
                schema: "platform",
                table: "PlatformNotifications");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformLinkageSequences",
                schema: "platform",
                table: "PlatformLinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformInboxItems",
                schema: "platform",
                table: "PlatformInboxItems");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformInbox",
                schema: "platform",
                table: "PlatformInbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformIdempotentCommands",
                schema: "platform",
                table: "PlatformIdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformDeadlines",
                schema: "platform",
                table: "PlatformDeadlines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformCalendarYears",
                schema: "platform",
                table: "PlatformCalendarYears");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformCalendarDays",
                schema: "platform",
                table: "PlatformCalendarDays");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformAuditEntries",
                schema: "platform",
                table: "PlatformAuditEntries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlatformAccounts",
                schema: "platform",
                table: "PlatformAccounts");

            migrationBuilder.RenameTable(
                name: "PlatformSignInThrottles",
                schema: "platform",
                newName: "SignInThrottles",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "PlatformScheduledCommands",
                schema: "platform",
                newName: "ScheduledCommands",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "PlatformOutbox",
                schema: "platform",
                newName: "Outbox",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "PlatformNotifications",
                schema: "platform",
                newName: "Notifications",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "PlatformLinkageSequences",
                schema: "platform",
                newName: "LinkageSequences",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "PlatformInboxItems",
                schema: "platform",
                newName: "InboxItems",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "PlatformInbox",
                schema: "platform",
                newName: "Inbox",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "PlatformIdempotentCommands",
                schema: "platform",
                newName: "IdempotentCommands",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "PlatformDeadlines",
                schema: "platform",
                newName: "Deadlines",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "PlatformCalendarYears",
                schema: "platform",
                newName: "CalendarYears",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "PlatformCalendarDays",
                schema: "platform",
                newName: "CalendarDays",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "PlatformAuditEntries",
                schema: "platform",
                newName: "AuditEntries",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "PlatformAccounts",
                schema: "platform",
                newName: "Accounts",
                newSchema: "platform");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformSignInThrottles_UserKey_ClientAddress",
                schema: "platform",
                table: "SignInThrottles",
                newName: "IX_SignInThrottles_UserKey_ClientAddress");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformSignInThrottles_LastAttemptAt",
                schema: "platform",
                table: "SignInThrottles",
                newName: "IX_SignInThrottles_LastAttemptAt");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformScheduledCommands_Key",
                schema: "platform",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "platform",
                table: "ScheduledCommands",
                newName: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformOutbox_LockedBy",
                schema: "platform",
                table: "Outbox",
                newName: "IX_Outbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformOutbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "platform",
                table: "Outbox",
                newName: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformInboxItems_UserName_ReadAt",
                schema: "platform",
                table: "InboxItems",
                newName: "IX_InboxItems_UserName_ReadAt");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformInboxItems_NotificationId_UserName",
                schema: "platform",
                table: "InboxItems",
                newName: "IX_InboxItems_NotificationId_UserName");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformInbox_LockedBy",
                schema: "platform",
                table: "Inbox",
                newName: "IX_Inbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformInbox_EventId_Handler",
                schema: "platform",
                table: "Inbox",
                newName: "IX_Inbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformInbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "platform",
                table: "Inbox",
                newName: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformIdempotentCommands_UserName_Key",
                schema: "platform",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformIdempotentCommands_RecordedAt",
                schema: "platform",
                table: "IdempotentCommands",
                newName: "IX_IdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformDeadlines_SubjectId_RuleId",
                schema: "platform",
                table: "Deadlines",
                newName: "IX_Deadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformDeadlines_Provisional_CompletedAt_CancelledAt",
                schema: "platform",
                table: "Deadlines",
                newName: "IX_Deadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformDeadlines_CompletedAt_CancelledAt_DueAt",
                schema: "platform",
                table: "Deadlines",
                newName: "IX_Deadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformCalendarDays_Year",
                schema: "platform",
                table: "CalendarDays",
                newName: "IX_CalendarDays_Year");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformAuditEntries_Subject",
                schema: "platform",
                table: "AuditEntries",
                newName: "IX_AuditEntries_Subject");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformAuditEntries_At",
                schema: "platform",
                table: "AuditEntries",
                newName: "IX_AuditEntries_At");

            migrationBuilder.RenameIndex(
                name: "IX_PlatformAccounts_UserName",
                schema: "platform",
                table: "Accounts",
                newName: "IX_Accounts_UserName");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SignInThrottles",
                schema: "platform",
                table: "SignInThrottles",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "platform",
                table: "ScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Outbox",
                schema: "platform",
                table: "Outbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Notifications",
                schema: "platform",
                table: "Notifications",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "platform",
                table: "LinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InboxItems",
                schema: "platform",
                table: "InboxItems",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Inbox",
                schema: "platform",
                table: "Inbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "platform",
                table: "IdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Deadlines",
                schema: "platform",
                table: "Deadlines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_CalendarYears",
                schema: "platform",
                table: "CalendarYears",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_CalendarDays",
                schema: "platform",
                table: "CalendarDays",
                column: "Date");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AuditEntries",
                schema: "platform",
                table: "AuditEntries",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Accounts",
                schema: "platform",
                table: "Accounts",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "AuditShown",
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
                    table.PrimaryKey("PK_AuditShown", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditShown_AuditEntries_EntryId",
                        column: x => x.EntryId,
                        principalSchema: "platform",
                        principalTable: "AuditEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditShown_EntryId",
                schema: "platform",
                table: "AuditShown",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditShown_Key",
                schema: "platform",
                table: "AuditShown",
                column: "Key");

            migrationBuilder.AddForeignKey(
                name: "FK_CalendarDays_CalendarYears_Year",
                schema: "platform",
                table: "CalendarDays",
                column: "Year",
                principalSchema: "platform",
                principalTable: "CalendarYears",
                principalColumn: "Year",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_InboxItems_Notifications_NotificationId",
                schema: "platform",
                table: "InboxItems",
                column: "NotificationId",
                principalSchema: "platform",
                principalTable: "Notifications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CalendarDays_CalendarYears_Year",
                schema: "platform",
                table: "CalendarDays");

            migrationBuilder.DropForeignKey(
                name: "FK_InboxItems_Notifications_NotificationId",
                schema: "platform",
                table: "InboxItems");

            migrationBuilder.DropTable(
                name: "AuditShown",
                schema: "platform");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SignInThrottles",
                schema: "platform",
                table: "SignInThrottles");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ScheduledCommands",
                schema: "platform",
                table: "ScheduledCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Outbox",
                schema: "platform",
                table: "Outbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Notifications",
                schema: "platform",
                table: "Notifications");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LinkageSequences",
                schema: "platform",
                table: "LinkageSequences");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InboxItems",
                schema: "platform",
                table: "InboxItems");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Inbox",
                schema: "platform",
                table: "Inbox");

            migrationBuilder.DropPrimaryKey(
                name: "PK_IdempotentCommands",
                schema: "platform",
                table: "IdempotentCommands");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Deadlines",
                schema: "platform",
                table: "Deadlines");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CalendarYears",
                schema: "platform",
                table: "CalendarYears");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CalendarDays",
                schema: "platform",
                table: "CalendarDays");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AuditEntries",
                schema: "platform",
                table: "AuditEntries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Accounts",
                schema: "platform",
                table: "Accounts");

            migrationBuilder.RenameTable(
                name: "SignInThrottles",
                schema: "platform",
                newName: "PlatformSignInThrottles",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "ScheduledCommands",
                schema: "platform",
                newName: "PlatformScheduledCommands",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "Outbox",
                schema: "platform",
                newName: "PlatformOutbox",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "Notifications",
                schema: "platform",
                newName: "PlatformNotifications",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "LinkageSequences",
                schema: "platform",
                newName: "PlatformLinkageSequences",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "InboxItems",
                schema: "platform",
                newName: "PlatformInboxItems",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "Inbox",
                schema: "platform",
                newName: "PlatformInbox",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "IdempotentCommands",
                schema: "platform",
                newName: "PlatformIdempotentCommands",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "Deadlines",
                schema: "platform",
                newName: "PlatformDeadlines",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "CalendarYears",
                schema: "platform",
                newName: "PlatformCalendarYears",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "CalendarDays",
                schema: "platform",
                newName: "PlatformCalendarDays",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "AuditEntries",
                schema: "platform",
                newName: "PlatformAuditEntries",
                newSchema: "platform");

            migrationBuilder.RenameTable(
                name: "Accounts",
                schema: "platform",
                newName: "PlatformAccounts",
                newSchema: "platform");

            migrationBuilder.RenameIndex(
                name: "IX_SignInThrottles_UserKey_ClientAddress",
                schema: "platform",
                table: "PlatformSignInThrottles",
                newName: "IX_PlatformSignInThrottles_UserKey_ClientAddress");

            migrationBuilder.RenameIndex(
                name: "IX_SignInThrottles_LastAttemptAt",
                schema: "platform",
                table: "PlatformSignInThrottles",
                newName: "IX_PlatformSignInThrottles_LastAttemptAt");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_Key",
                schema: "platform",
                table: "PlatformScheduledCommands",
                newName: "IX_PlatformScheduledCommands_Key");

            migrationBuilder.RenameIndex(
                name: "IX_ScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt",
                schema: "platform",
                table: "PlatformScheduledCommands",
                newName: "IX_PlatformScheduledCommands_CompletedAt_CancelledAt_ParkedAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_LockedBy",
                schema: "platform",
                table: "PlatformOutbox",
                newName: "IX_PlatformOutbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Outbox_CompletedAt_ParkedAt_OccurredAt",
                schema: "platform",
                table: "PlatformOutbox",
                newName: "IX_PlatformOutbox_CompletedAt_ParkedAt_OccurredAt");

            migrationBuilder.RenameIndex(
                name: "IX_InboxItems_UserName_ReadAt",
                schema: "platform",
                table: "PlatformInboxItems",
                newName: "IX_PlatformInboxItems_UserName_ReadAt");

            migrationBuilder.RenameIndex(
                name: "IX_InboxItems_NotificationId_UserName",
                schema: "platform",
                table: "PlatformInboxItems",
                newName: "IX_PlatformInboxItems_NotificationId_UserName");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_LockedBy",
                schema: "platform",
                table: "PlatformInbox",
                newName: "IX_PlatformInbox_LockedBy");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_EventId_Handler",
                schema: "platform",
                table: "PlatformInbox",
                newName: "IX_PlatformInbox_EventId_Handler");

            migrationBuilder.RenameIndex(
                name: "IX_Inbox_CompletedAt_ParkedAt_ReceivedAt",
                schema: "platform",
                table: "PlatformInbox",
                newName: "IX_PlatformInbox_CompletedAt_ParkedAt_ReceivedAt");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_UserName_Key",
                schema: "platform",
                table: "PlatformIdempotentCommands",
                newName: "IX_PlatformIdempotentCommands_UserName_Key");

            migrationBuilder.RenameIndex(
                name: "IX_IdempotentCommands_RecordedAt",
                schema: "platform",
                table: "PlatformIdempotentCommands",
                newName: "IX_PlatformIdempotentCommands_RecordedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_SubjectId_RuleId",
                schema: "platform",
                table: "PlatformDeadlines",
                newName: "IX_PlatformDeadlines_SubjectId_RuleId");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_Provisional_CompletedAt_CancelledAt",
                schema: "platform",
                table: "PlatformDeadlines",
                newName: "IX_PlatformDeadlines_Provisional_CompletedAt_CancelledAt");

            migrationBuilder.RenameIndex(
                name: "IX_Deadlines_CompletedAt_CancelledAt_DueAt",
                schema: "platform",
                table: "PlatformDeadlines",
                newName: "IX_PlatformDeadlines_CompletedAt_CancelledAt_DueAt");

            migrationBuilder.RenameIndex(
                name: "IX_CalendarDays_Year",
                schema: "platform",
                table: "PlatformCalendarDays",
                newName: "IX_PlatformCalendarDays_Year");

            migrationBuilder.RenameIndex(
                name: "IX_AuditEntries_Subject",
                schema: "platform",
                table: "PlatformAuditEntries",
                newName: "IX_PlatformAuditEntries_Subject");

            migrationBuilder.RenameIndex(
                name: "IX_AuditEntries_At",
                schema: "platform",
                table: "PlatformAuditEntries",
                newName: "IX_PlatformAuditEntries_At");

            migrationBuilder.RenameIndex(
                name: "IX_Accounts_UserName",
                schema: "platform",
                table: "PlatformAccounts",
                newName: "IX_PlatformAccounts_UserName");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformSignInThrottles",
                schema: "platform",
                table: "PlatformSignInThrottles",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformScheduledCommands",
                schema: "platform",
                table: "PlatformScheduledCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformOutbox",
                schema: "platform",
                table: "PlatformOutbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformNotifications",
                schema: "platform",
                table: "PlatformNotifications",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformLinkageSequences",
                schema: "platform",
                table: "PlatformLinkageSequences",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformInboxItems",
                schema: "platform",
                table: "PlatformInboxItems",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformInbox",
                schema: "platform",
                table: "PlatformInbox",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformIdempotentCommands",
                schema: "platform",
                table: "PlatformIdempotentCommands",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformDeadlines",
                schema: "platform",
                table: "PlatformDeadlines",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformCalendarYears",
                schema: "platform",
                table: "PlatformCalendarYears",
                column: "Year");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformCalendarDays",
                schema: "platform",
                table: "PlatformCalendarDays",
                column: "Date");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformAuditEntries",
                schema: "platform",
                table: "PlatformAuditEntries",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlatformAccounts",
                schema: "platform",
                table: "PlatformAccounts",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "PlatformAuditShown",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
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

            migrationBuilder.AddForeignKey(
                name: "FK_PlatformCalendarDays_PlatformCalendarYears_Year",
                schema: "platform",
                table: "PlatformCalendarDays",
                column: "Year",
                principalSchema: "platform",
                principalTable: "PlatformCalendarYears",
                principalColumn: "Year",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PlatformInboxItems_PlatformNotifications_NotificationId",
                schema: "platform",
                table: "PlatformInboxItems",
                column: "NotificationId",
                principalSchema: "platform",
                principalTable: "PlatformNotifications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
