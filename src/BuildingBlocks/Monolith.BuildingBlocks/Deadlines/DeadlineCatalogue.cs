using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// A rule as the deployment applies it: the statutory rule and, if the local policy overrides it, the effective one.
/// </summary>
/// <param name="Module">Code name of the module that defines the rule.</param>
public sealed record CatalogueEntry(string Module, DeadlineRule Statutory, DeadlineRule Effective, string? OverrideBasis)
{
    public bool Overridden => OverrideBasis is not null;
}

/// <summary>
/// The one rules catalogue: every module's statutory rules, with the active local policy applied. A policy may shorten
/// an agency's own duty, never a party's statutory period, and never lengthen anything; a profile that tries is
/// rejected when the service starts. A profile is written for the whole city: an override of a rule that belongs to
/// no composed module (a deployment or test host with fewer modules) is not applied and is listed in
/// <see cref="UnusedOverrides"/>; an unknown rule id of a composed module (e.g. a misspelling) is still rejected.
/// </summary>
public sealed class DeadlineCatalogue
{
    public const string StatutoryProfile = "法定";

    private readonly Dictionary<string, CatalogueEntry> entries;

    internal DeadlineCatalogue(IEnumerable<IDeadlineRuleSource> sources, ModuleCatalog modules, IOptions<LocalPolicyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(modules);
        var owned = sources.SelectMany(s => s.Rules.Select(r => (Module: modules.FindOwner(s.GetType())?.Info.Name ?? ModulePart(r.Id), Rule: r))).ToList();
        var moduleOf = owned.GroupBy(o => o.Rule.Id).ToDictionary(g => g.Key, g => g.First().Module);
        var rules = owned.ConvertAll(o => o.Rule);
        var duplicate = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Deadline rule '{duplicate.Key}' is defined more than once.");
        }

        var profile = ActiveProfile(options.Value);
        ProfileName = profile?.Name ?? StatutoryProfile;
        var errors = new List<string>();
        var unused = new List<string>();
        var composedModules = rules.Select(r => ModulePart(r.Id)).ToHashSet(StringComparer.Ordinal);
        entries = rules.ToDictionary(r => r.Id, r => new CatalogueEntry(moduleOf[r.Id], r, r, null));
        foreach (var (ruleId, rule) in profile?.Overrides ?? [])
        {
            if (!entries.TryGetValue(ruleId, out var entry))
            {
                if (composedModules.Contains(ModulePart(ruleId)))
                {
                    errors.Add($"本地政策引用了不存在的期限规则 {ruleId}。");
                }
                else
                {
                    unused.Add(ruleId);
                }

                continue;
            }

            var period = new Period(rule.Period, rule.Unit);
            if (entry.Statutory.Holder != DutyHolder.OwnAgency)
            {
                errors.Add($"{ruleId}（{entry.Statutory.Title}）不是本机构自身的办理期限，本地政策不得变更。");
            }
            else if (!PeriodComparison.IsProvablyNoLongerThan(period, entry.Statutory.Period))
            {
                errors.Add($"{ruleId}：本地政策期间 {period} 可能长于法定期间 {entry.Statutory.Period}，只允许缩短机构的办理期限。");
            }
            else
            {
                var effective = entry.Statutory with
                {
                    Period = period,
                    LegalBasis = $"{rule.Basis}（法定：{entry.Statutory.LegalBasis}，{entry.Statutory.Period}）",
                    Jurisdiction = profile!.Jurisdiction,
                    ReminderLead = rule.ReminderLead ?? entry.Statutory.ReminderLead,
                };
                entries[ruleId] = entry with { Effective = effective, OverrideBasis = rule.Basis };
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("期限规则配置无效：" + string.Join(" ", errors));
        }

        unused.Sort(StringComparer.Ordinal);
        UnusedOverrides = unused;
    }

    /// <summary>"法定" or the active policy's name; stored on every deadline started under it.</summary>
    public string ProfileName { get; }

    public IReadOnlyCollection<CatalogueEntry> Entries => entries.Values;

    /// <summary>
    /// Rule ids the active profile overrides but no composed module defines (e.g. "legalaid.review-application" in a
    /// deployment without LegalAid), in ordinal order. These overrides are not applied.
    /// </summary>
    public IReadOnlyList<string> UnusedOverrides { get; }

    public DeadlineRule Effective(string ruleId) => Entry(ruleId).Effective;

    /// <summary>Every rule, grouped under its module's agency name, in module order.</summary>
    public IReadOnlyList<IGrouping<string, CatalogueEntry>> ByAgency(ModuleDirectory modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        return [.. modules.Modules.SelectMany(m => EntriesOf(m.Name)).GroupBy(e => modules.Find(e.Module)?.AgencyName ?? e.Module)];
    }

    /// <summary>The rules of one module, by id.</summary>
    public IEnumerable<CatalogueEntry> EntriesOf(string moduleName) =>
        entries.Values.Where(e => e.Module == moduleName).OrderBy(e => e.Statutory.Id, StringComparer.Ordinal);

    public CatalogueEntry Entry(string ruleId) =>
        entries.TryGetValue(ruleId, out var entry) ? entry : throw new KeyNotFoundException($"No deadline rule '{ruleId}'.");

    /// <summary>The module part of a rule id: "arbitration" of "arbitration.decide-acceptance".</summary>
    private static string ModulePart(string ruleId)
    {
        var dot = ruleId.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? ruleId : ruleId[..dot];
    }

    private static LocalPolicyProfile? ActiveProfile(LocalPolicyOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ActiveProfile))
        {
            return null;
        }

        return options.Profiles.TryGetValue(options.ActiveProfile, out var profile)
            ? profile
            : throw new InvalidOperationException($"期限规则配置无效：本地政策 {options.ActiveProfile} 未定义。");
    }
}
