using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Monolith.BuildingBlocks.Modules;
using Assembly = System.Reflection.Assembly;

namespace Monolith.ArchitectureTests;

/// <summary>
/// The building blocks name no agency: no type, member or string in them carries a module's code name, its Chinese
/// module or agency name, its roles or its linkage-number code. All of that comes from the modules' descriptors; a
/// module that BuildingBlocks has never heard of gets the same treatment as the six it was written beside.
/// </summary>
internal static class SharedCodeNamesNoAgency
{
    /// <summary>Every name of the composed modules that shared code must not contain (not the platform's own).</summary>
    public static IReadOnlyList<string> AgencyTerms(IEnumerable<ModuleInfo> modules) =>
    [
        .. modules.Where(m => m.Name != "Platform" && m.Name != "Host").SelectMany(m => new[] { m.Name, m.DisplayName, m.AgencyName }
            .Concat(m.Roles.SelectMany(r => new[] { r.Name, r.DisplayName }))
            .Concat(m.LinkageCode is { } code ? [$"-{code}-", $"({code}|", $"|{code}|", $"|{code})"] : [])),
    ];

    /// <summary>Where <paramref name="assembly"/> mentions one of <paramref name="terms"/>: type and member names, and string literals.</summary>
    public static IReadOnlyList<string> Mentions(Assembly assembly, IReadOnlyList<string> terms)
    {
        using var definition = AssemblyDefinition.ReadAssembly(assembly.Location);
        var found = new List<string>();
        foreach (var type in definition.MainModule.GetTypes())
        {
            Check(type.FullName, $"type {type.FullName}");
            foreach (var member in type.Fields.Cast<IMemberDefinition>().Concat(type.Properties).Concat(type.Methods))
            {
                Check(member.Name, $"member {type.FullName}.{member.Name}");
            }

            foreach (var field in type.Fields.Where(f => f.HasConstant && f.Constant is string))
            {
                Check((string)field.Constant, $"constant {type.FullName}.{field.Name}");
            }

            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var literal in method.Body.Instructions.Where(i => i.OpCode == OpCodes.Ldstr).Select(i => (string)i.Operand))
                {
                    Check(literal, $"string \"{literal}\" in {type.FullName}.{method.Name}");
                }
            }
        }

        return found.Distinct().ToList();

        void Check(string text, string where)
        {
            foreach (var term in terms.Where(t => Contains(text, t)))
            {
                found.Add($"{where} mentions \"{term}\"");
            }
        }
    }

    /// <summary>
    /// A Latin term counts as a whole word of an identifier or text ("Union" is a module, "UnionWith" is a set
    /// operation); a Chinese term or a code pattern anywhere.
    /// </summary>
    private static bool Contains(string text, string term) =>
        term.All(char.IsAsciiLetter)
            ? Regex.IsMatch(text, $"(?<![A-Za-z]){Regex.Escape(term)}(?![a-z])", RegexOptions.CultureInvariant)
            : text.Contains(term, StringComparison.Ordinal);
}
