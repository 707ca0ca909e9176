using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Time;

namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// A rule as the deployment applies it: the statutory rule and, if the local policy overrides it, the policy's version
/// with the cases it is written for.
/// </summary>
/// <param name="Module">Code name of the module that defines the rule.</param>
/// <param name="Effective">The rule as the policy sets it for the cases in <paramref name="Scope"/>; else the statutory rule.</param>
/// <param name="Scope">Which cases the override applies to; null when the rule is not overridden.</param>
public sealed record CatalogueEntry(string Module, DeadlineRule Statutory, DeadlineRule Effective, string? OverrideBasis, PolicyScope? Scope = null)
{
    public bool Overridden => OverrideBasis is not null;

    /// <summary>The override applies to a case with these traits triggered on this date (whatever its outcome).</summary>
    public bool PolicyCovers(IReadOnlyCollection<string> traits, DateOnly triggerDate) =>
        Overridden && (Scope?.Covers(traits, triggerDate) ?? true);

    /// <summary>E.g. "适用于联动单位或平台转来的案件"; null when the rule is not overridden.</summary>
    public string? ScopeText => Overridden ? Scope?.Describe(Statutory) ?? "适用于全部案件" : null;
}

/// <summary>
/// The one rules catalogue of this deployment: every module's statutory rules of its city (national rules, and local
/// rules whose jurisdiction is <c>Deployment:CityName</c>), with the active local policy applied. A policy must be the
/// deployment city's; it may shorten an agency's own forward-counted duty, never a party's, a court's, an employer's or
/// another body's period, never a period counted back from an event, and never lengthen anything; it names known case
/// traits and outcomes only. A profile that breaks any of this is rejected when the service starts. A profile is
/// written for the whole city: an override of a rule that belongs to no composed module (a deployment or test host
/// with fewer modules) is not applied and is listed in <see cref="UnusedOverrides"/>; an unknown rule id of a
/// composed module (e.g. a misspelling) is still rejected.
/// </summary>
public sealed class DeadlineCatalogue
{
    public const string StatutoryProfile = "法定";

    private readonly Dictionary<string, CatalogueEntry> entries;
    private readonly Dictionary<string, DeadlineRule> elsewhere;

    internal DeadlineCatalogue(
        IEnumerable<IDeadlineRuleSource> sources, ModuleCatalog modules, IOptions<LocalPolicyOptions> options, IOptions<DeploymentOptions> deployment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(deployment);
        City = deployment.Value.CityName;
        var owned = sources.SelectMany(s => s.Rules.Select(r => (Module: modules.FindOwner(s.GetType())?.Info.Name ?? ModulePart(r.Id), Rule: r))).ToList();
        var moduleOf = owned.GroupBy(o => o.Rule.Id).ToDictionary(g => g.Key, g => g.First().Module);
        var rules = owned.ConvertAll(o => o.Rule);
        var duplicate = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Deadline rule '{duplicate.Key}' is defined more than once.");
        }

        var profile = ActiveProfile(options.Value);
        if (profile is not null && profile.Jurisdiction != City)
        {
            throw new InvalidOperationException(
                $"期限规则配置无效：本地政策“{profile.Name}”适用于{Named(profile.Jurisdiction)}，本部署所在城市为{City}（Deployment:CityName），不得适用该政策。");
        }

        ProfileName = profile?.Name ?? StatutoryProfile;
        var errors = new List<string>();
        var unused = new List<string>();
        var composedModules = rules.Select(r => ModulePart(r.Id)).ToHashSet(StringComparer.Ordinal);
        elsewhere = rules.Where(r => !AppliesIn(r, City)).ToDictionary(r => r.Id);
        entries = rules.Where(r => AppliesIn(r, City)).ToDictionary(r => r.Id, r => new CatalogueEntry(moduleOf[r.Id], r, r, null));
        foreach (var (ruleId, rule) in profile?.Overrides ?? [])
        {
            if (!entries.TryGetValue(ruleId, out var entry))
            {
                if (elsewhere.TryGetValue(ruleId, out var foreign))
                {
                    errors.Add($"本地政策引用的期限规则 {ruleId} 适用于{Named(foreign.Jurisdiction)}，不适用于{City}。");
                }
                else if (composedModules.Contains(ModulePart(ruleId)))
                {
                    errors.Add($"本地政策引用了不存在的期限规则 {ruleId}。");
                }
                else
                {
                    unused.Add(ruleId);
                }

                continue;
            }

            var statutory = entry.Statutory;
            var period = new Period(rule.Period, rule.Unit);
            var before = errors.Count;
            if (statutory.Holder != DutyHolder.OwnAgency)
            {
                errors.Add($"{ruleId}（{statutory.Title}）不是本机构自身的办理期限，本地政策不得变更。");
            }
            else if (statutory.Direction == CountDirection.Backward)
            {
                errors.Add($"{ruleId}（{statutory.Title}）是自事件倒算的期间，缩短它会减少当事人的准备时间，本地政策不得变更。");
            }
            else if (!PeriodComparison.IsProvablyNoLongerThan(period, statutory.Period))
            {
                errors.Add($"{ruleId}：本地政策期间 {period} 可能长于法定期间 {statutory.Period}，只允许缩短机构的办理期限。");
            }

            errors.AddRange(rule.AppliesTo.Where(t => !CaseTraits.Names.ContainsKey(t))
                .Select(t => $"{ruleId}：适用范围中的案件特征 {t} 未定义（可用：{string.Join("、", CaseTraits.Names.Keys)}）。"));
            if (rule.Outcome is { } outcome && !statutory.Outcomes.ContainsKey(outcome))
            {
                errors.Add($"{ruleId}：期限规则没有“{outcome}”这一办理结果（可用：{(statutory.Outcomes.Count == 0 ? "无" : string.Join("、", statutory.Outcomes.Keys))}）。");
            }

            if (errors.Count > before)
            {
                continue;
            }

            var effective = statutory with
            {
                Period = period,
                LegalBasis = $"{rule.Basis}（法定：{statutory.LegalBasis}，{statutory.Period}）",
                Jurisdiction = profile!.Jurisdiction,
                ReminderLead = rule.ReminderLead ?? statutory.ReminderLead,
            };
            var scope = new PolicyScope([.. rule.AppliesTo], rule.Outcome, profile.EffectiveFrom, profile.EffectiveTo);
            entries[ruleId] = entry with { Effective = effective, OverrideBasis = rule.Basis, Scope = scope };
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("期限规则配置无效：" + string.Join(" ", errors));
        }

        unused.Sort(StringComparer.Ordinal);
        UnusedOverrides = unused;
    }

    /// <summary>The deployment's city (<c>Deployment:CityName</c>): local rules of other cities are not offered.</summary>
    public string City { get; }

    /// <summary>"法定" or the active policy's name; stored on every deadline started under it.</summary>
    public string ProfileName { get; }

    /// <summary>Every rule of this deployment's jurisdiction, whatever its dates.</summary>
    public IReadOnlyCollection<CatalogueEntry> Entries => entries.Values;

    /// <summary>Rules the modules define for another jurisdiction; this deployment does not offer them.</summary>
    public IReadOnlyCollection<DeadlineRule> OtherJurisdictions => elsewhere.Values;

    /// <summary>
    /// Rule ids the active profile overrides but no composed module defines (e.g. "legalaid.review-application" in a
    /// deployment without LegalAid), in ordinal order. These overrides are not applied.
    /// </summary>
    public IReadOnlyList<string> UnusedOverrides { get; }

    /// <summary>
    /// The rule as the active policy sets it for the cases in its scope (the statutory rule when not overridden). Which
    /// of the two applies to a case depends on the case (<see cref="CatalogueEntry.PolicyCovers"/>).
    /// </summary>
    public DeadlineRule Effective(string ruleId) => Entry(ruleId).Effective;

    /// <summary>Every rule in force on <paramref name="on"/> (every rule if null), grouped under its module's agency name, in module order.</summary>
    public IReadOnlyList<IGrouping<string, CatalogueEntry>> ByAgency(ModuleDirectory modules, DateOnly? on = null)
    {
        ArgumentNullException.ThrowIfNull(modules);
        return [.. modules.Modules.SelectMany(m => EntriesOf(m.Name, on)).GroupBy(e => modules.Find(e.Module)?.AgencyName ?? e.Module)];
    }

    /// <summary>The rules of one module in force on <paramref name="on"/> (every one if null), by id.</summary>
    public IEnumerable<CatalogueEntry> EntriesOf(string moduleName, DateOnly? on = null) =>
        entries.Values
            .Where(e => e.Module == moduleName && (on is not { } date || e.Statutory.IsEffectiveOn(date)))
            .OrderBy(e => e.Statutory.Id, StringComparer.Ordinal);

    /// <summary>The entry of a rule this deployment offers; null for an unknown rule or another city's.</summary>
    public CatalogueEntry? Find(string ruleId) => entries.GetValueOrDefault(ruleId);

    public CatalogueEntry Entry(string ruleId) =>
        entries.TryGetValue(ruleId, out var entry) ? entry
        : elsewhere.TryGetValue(ruleId, out var foreign) ? throw new KeyNotFoundException(NotHereMessage(foreign))
        : throw new KeyNotFoundException($"No deadline rule '{ruleId}'.");

    /// <summary>
    /// Why this deployment does not offer the rule for a trigger on <paramref name="triggerDate"/>, in Chinese: the rule
    /// is another city's, or not in force on that date. Null when it is offered.
    /// </summary>
    public string? WhyNotOffered(string ruleId, DateOnly triggerDate)
    {
        if (elsewhere.TryGetValue(ruleId, out var foreign))
        {
            return NotHereMessage(foreign);
        }

        var rule = Entry(ruleId).Statutory;
        if (rule.IsEffectiveOn(triggerDate))
        {
            return null;
        }

        var from = rule.EffectiveFrom is { } f ? $"自{Calendar.CalendarText.Format(f)}起施行" : null;
        var to = rule.EffectiveTo is { } t ? $"施行至{Calendar.CalendarText.Format(t)}" : null;
        return $"“{rule.Title}”（{rule.Id}）{string.Join("，", new[] { from, to }.Where(x => x is not null))}，起算日{Calendar.CalendarText.Format(triggerDate)}不适用。";
    }

    private string NotHereMessage(DeadlineRule rule) => $"“{rule.Title}”（{rule.Id}）适用于{Named(rule.Jurisdiction)}，本部署（{City}）不适用。";

    /// <summary>A national rule, or a local one of this city.</summary>
    private static bool AppliesIn(DeadlineRule rule, string city) => rule.Jurisdiction is null || rule.Jurisdiction == city;

    private static string Named(string? jurisdiction) => string.IsNullOrWhiteSpace(jurisdiction) ? "（未填写地区）" : jurisdiction;

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
