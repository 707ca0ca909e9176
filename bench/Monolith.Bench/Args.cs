using System.Globalization;

namespace Monolith.Bench;

/// <summary>Command-line options: <c>--name value</c> or <c>--name=value</c>.</summary>
internal static class Args
{
    public static string? Option(string[] args, string name)
    {
        var inline = args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal));
        if (inline is not null)
        {
            return inline[(name.Length + 1)..];
        }

        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static int Int(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public static double Double(string[] args, string name, double fallback) =>
        Option(args, name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
