using System.Reflection;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Testing;

namespace Monolith.Host.Tests.Operations;

/// <summary>
/// Issue #8: every setting is documented in one table, docs/configuration.md, with its environment-variable form.
/// Every options class (a class with <c>public const string Section</c>) of the building blocks and the composed
/// modules contributes one key per settable public property; the settings read directly by key are listed below.
/// </summary>
public sealed class ConfigurationDocumentTests
{
    /// <summary>Settings read by key rather than bound to an options class (grep GetValue / configuration["…"]).</summary>
    private static readonly string[] ReadByKey =
    [
        "Demo:Seed", "Demo:SampleCases", "SignIn:PermitsPerMinute", "Supervision:Letters:ReminderDaysBefore", "Tools:SchemaScript",
        "ReverseProxy:KnownProxies", "ReverseProxy:KnownNetworks", "OTEL_EXPORTER_OTLP_ENDPOINT",
    ];

    [Fact]
    public void Every_key_of_every_options_class_and_every_key_read_directly_has_a_row()
    {
        var documented = Rows().Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var missing = OptionKeys().Concat(ReadByKey).Where(k => !documented.Contains(k)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "settings missing from docs/configuration.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_options_classes_are_found_so_the_check_above_is_not_vacuous()
    {
        var keys = OptionKeys().ToList();

        Assert.Contains("Messaging:LagWarning", keys);
        Assert.Contains("Telemetry:ScrapeToken", keys);
        Assert.Contains("Union:Meetings:CalendarDomain", keys);
        Assert.True(keys.Count > 60, $"only {keys.Count} keys found");
    }

    [Fact]
    public void Every_row_gives_the_environment_variable_form_of_its_key()
    {
        var rows = Rows().ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith(r.Key.Replace(":", "__", StringComparison.Ordinal), r.EnvironmentVariable, StringComparison.Ordinal));
        Assert.Equal(rows.Count, rows.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>Section:Property of every settable public property of every options class.</summary>
    private static IEnumerable<string> OptionKeys() =>
        ModuleList.All.Select(m => m.GetType().Assembly).Append(typeof(MessagingOptions).Assembly).Distinct()
            .SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Section: t.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
            .Where(t => t.Section is { IsLiteral: true } field && field.FieldType == typeof(string))
            .SelectMany(t => t.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => $"{(string)t.Section!.GetRawConstantValue()!}:{p.Name}"))
            .Distinct();

    /// <summary>The table rows: | `key` | `ENV` | default | meaning |.</summary>
    private static IEnumerable<(string Key, string EnvironmentVariable)> Rows()
    {
        foreach (var line in File.ReadLines(Path.Combine(RepositoryFolder.Root, "docs", "configuration.md")))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length >= 5 && cells[1].StartsWith('`') && cells[2].StartsWith('`'))
            {
                yield return (cells[1].Trim('`'), cells[2].Trim('`'));
            }
        }
    }
}
