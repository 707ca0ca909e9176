using System.Diagnostics;
using System.Text.Json;
using Monolith.Modules.Union.Features.Meetings;
using Monolith.Testing;
using static Monolith.Modules.Union.Tests.TestKit;

namespace Monolith.Modules.Union.Tests.Integration;

/// <summary>
/// The invitation, update and cancellation files read by an independent RFC 5545 parser (the npm package ical.js,
/// installed by build/test.sh into tests/tools/ics): the times, the stable UID, the SEQUENCE and the METHOD a calendar
/// client acts on.
/// </summary>
public sealed class InvitationFileTests
{
    [Fact]
    public async Task Invitation_update_and_cancellation_parse_with_one_uid_and_rising_sequence()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var meeting = Meeting(new DateOnly(2026, 3, 20), "09:30", "11:45", title: "联席会议：欠薪治理, 第一季度; 通报") with
        {
            Agenda = ["通报一季度欠薪案件办理情况", "研究“护薪”专项行动方案，明确各单位分工与时间节点（含新就业形态劳动者权益保障）"],
        };
        var scheduled = await platform.AsAdministratorAsync(meeting);

        var invitation = await ParseAsync(platform, scheduled.Id);
        Assert.Equal("REQUEST", invitation.GetProperty("method").GetString());
        Assert.Equal($"{scheduled.Id:N}@weiquan.invalid", invitation.GetProperty("uid").GetString());
        Assert.Equal(0, invitation.GetProperty("sequence").GetInt32());
        Assert.Equal("Asia/Shanghai", invitation.GetProperty("tzid").GetString());
        Assert.Equal("2026-03-20T01:30:00.000Z", invitation.GetProperty("startUtc").GetString());
        Assert.Equal("2026-03-20T03:45:00.000Z", invitation.GetProperty("endUtc").GetString());
        Assert.Equal("联席会议：欠薪治理, 第一季度; 通报", invitation.GetProperty("summary").GetString());
        Assert.Equal("市总工会三楼会议室", invitation.GetProperty("location").GetString());
        Assert.Contains("2. 研究“护薪”专项行动方案，明确各单位分工与时间节点（含新就业形态劳动者权益保障）", invitation.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("CONFIRMED", invitation.GetProperty("status").GetString());

        await platform.AsAdministratorAsync(new RescheduleMeetingCommand(scheduled.Id, new DateOnly(2026, 3, 23), new TimeOnly(15, 0), new TimeOnly(17, 0), null, "https://meeting.example.invalid/j/9"));
        var update = await ParseAsync(platform, scheduled.Id);
        Assert.Equal(("REQUEST", 1), (update.GetProperty("method").GetString(), update.GetProperty("sequence").GetInt32()));
        Assert.Equal(invitation.GetProperty("uid").GetString(), update.GetProperty("uid").GetString());
        Assert.Equal("2026-03-23T07:00:00.000Z", update.GetProperty("startUtc").GetString());

        await platform.AsAdministratorAsync(new CancelMeetingCommand(scheduled.Id, "另行通知"));
        var cancellation = await ParseAsync(platform, scheduled.Id);
        Assert.Equal(("CANCEL", 2, "CANCELLED"), (cancellation.GetProperty("method").GetString(), cancellation.GetProperty("sequence").GetInt32(), cancellation.GetProperty("status").GetString()));
        Assert.Equal(invitation.GetProperty("uid").GetString(), cancellation.GetProperty("uid").GetString());
    }

    [Fact]
    public async Task Every_line_is_at_most_75_octets_and_ends_with_crlf()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var scheduled = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 20)) with { Agenda = [new string('议', 150)] });
        var (_, content) = await platform.SendAsync(new GetInvitationQuery(scheduled.Id));

        Assert.EndsWith("END:VCALENDAR\r\n", content, StringComparison.Ordinal);
        var lines = content.Split("\r\n");
        Assert.All(lines, line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.DoesNotContain('\n', content.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(' '));
    }

    private static async Task<JsonElement> ParseAsync(PlatformFixture platform, Guid meetingId)
    {
        var (_, content) = await platform.SendAsync(new GetInvitationQuery(meetingId));
        var file = Path.Combine(Path.GetTempPath(), $"invitation-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(file, content);
        try
        {
            return await IcsParser.ParseAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

/// <summary>Runs tests/tools/ics/parse.mjs (ical.js) with Node.</summary>
internal static class IcsParser
{
    public static async Task<JsonElement> ParseAsync(string file)
    {
        var tool = Path.Combine(RepositoryFolder.Root, "tests", "tools", "ics");
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "ical.js")))
        {
            throw new InvalidOperationException($"ical.js is not installed in {tool}: run build/test.sh (or `npm ci --prefix tests/tools/ics`).");
        }

        var start = new ProcessStartInfo("node", [Path.Combine(tool, "parse.mjs"), file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = tool,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = await node.StandardOutput.ReadToEndAsync();
        var error = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"ical.js could not read the file: {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
