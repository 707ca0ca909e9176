using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Platform.Contracts;
using Monolith.Modules.Union.Domain;

namespace Monolith.Modules.Union.Features;

/// <summary>
/// A meeting as an RFC 5545 calendar file (iTIP, RFC 5546): METHOD:REQUEST for the invitation and each update,
/// METHOD:CANCEL for the cancellation; one UID per meeting for ever, and SEQUENCE counting its changes, so calendar
/// clients replace the event they hold. Times are local to Asia/Shanghai, with the zone's definition included.
/// </summary>
internal sealed class MeetingCalendarFile(DeploymentClock clock, IOptions<MeetingOptions> options)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public string Uid(Meeting meeting) => $"{meeting.Id:N}@{options.Value.CalendarDomain}";

    public static string FileName(Meeting meeting) => $"meeting-{meeting.Id:N}-{meeting.Sequence}.ics";

    public NotificationAttachment Attachment(Meeting meeting) => new(FileName(meeting), "text/calendar", Write(meeting));

    public string Write(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var offset = FormatOffset(clock.ToLocal(meeting.StartsAt).Offset);
        var description = new StringBuilder();
        description.Append(MeetingNames.Kind(meeting.Kind)).Append("，召集单位：").Append(meeting.ConvenedBy).Append('\n');
        if (meeting.Agenda.Count > 0)
        {
            description.Append("议程：\n");
            foreach (var item in meeting.Agenda)
            {
                description.Append(CultureInfo.InvariantCulture, $"{item.Order}. {item.Title}\n");
            }
        }

        if (meeting.CancellationReason is { } reason)
        {
            description.Append("取消原因：").Append(reason);
        }

        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Worker Rights Linkage Platform//Union Meetings//ZH",
            "CALSCALE:GREGORIAN",
            cancelled ? "METHOD:CANCEL" : "METHOD:REQUEST",
            "BEGIN:VTIMEZONE",
            "TZID:Asia/Shanghai",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            $"TZOFFSETFROM:{offset}",
            $"TZOFFSETTO:{offset}",
            "TZNAME:CST",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            $"UID:{Uid(meeting)}",
            $"SEQUENCE:{meeting.Sequence.ToString(CultureInfo.InvariantCulture)}",
            $"DTSTAMP:{clock.UtcNow.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}",
            $"DTSTART;TZID=Asia/Shanghai:{Local(meeting.StartsAt)}",
            $"DTEND;TZID=Asia/Shanghai:{Local(meeting.EndsAt)}",
            $"SUMMARY:{Escape(meeting.Title)}",
            $"LOCATION:{Escape(meeting.Where)}",
            $"DESCRIPTION:{Escape(description.ToString().TrimEnd('\n'))}",
            $"ORGANIZER;CN={Escape(meeting.ConvenedBy)}:mailto:meetings@{options.Value.CalendarDomain}",
            cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        if (meeting.OnlineLink is { } link)
        {
            lines.Insert(lines.IndexOf("END:VEVENT"), $"URL:{link}");
        }

        var file = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(file, line);
        }

        return file.ToString();
    }

    private string Local(DateTimeOffset instant) => clock.ToLocal(instant).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string FormatOffset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping of RFC 5545 §3.3.11.</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Content lines of at most 75 octets (§3.1), folded with CRLF and a space, never inside a UTF-8 character.</summary>
    private static void Fold(StringBuilder file, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                file.Append("\r\n ");
                octets = 1;
                limit = 75;
            }

            file.Append(rune.ToString());
            octets += size;
        }

        file.Append("\r\n");
    }
}
