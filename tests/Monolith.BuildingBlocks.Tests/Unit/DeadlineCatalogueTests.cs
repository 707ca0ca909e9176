using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Time;

namespace Monolith.BuildingBlocks.Tests.Unit;

public sealed class DeadlineCatalogueTests
{
    private const string ProfileKey = "nanchang";
    private const string PolicyName = "南昌市“监察+仲裁+工会+法援”劳动者维权联动对接工作方案";
    private const string PolicyBasis = "联动对接工作方案 第三部分（二）";

    private static readonly DeadlineRule AgencyDuty = new(
        "test.agency-duty", "审查申请并作出决定", "收到申请之日",
        new Period(7, PeriodUnit.CalendarDays), DutyHolder.OwnAgency, "《测试法》第一条", LegalBasisCertainty.Primary);

    private static readonly DeadlineRule PartyRight = new(
        "test.party-right", "当事人向人民法院起诉", "收到裁决书之日",
        new Period(15, PeriodUnit.CalendarDays), DutyHolder.Party, "《测试法》第二条", LegalBasisCertainty.Primary);

    [Fact]
    public void Without_an_active_profile_every_rule_applies_as_enacted()
    {
        var catalogue = Catalogue(new LocalPolicyOptions(), AgencyDuty, PartyRight);

        Assert.Equal(DeadlineCatalogue.StatutoryProfile, catalogue.ProfileName);
        Assert.Equal(2, catalogue.Entries.Count);
        Assert.All(catalogue.Entries, e =>
        {
            Assert.False(e.Overridden);
            Assert.Null(e.OverrideBasis);
            Assert.Same(e.Statutory, e.Effective);
        });
        Assert.Same(AgencyDuty, catalogue.Effective(AgencyDuty.Id));
    }

    [Fact]
    public void A_blank_active_profile_means_the_statutory_rules_even_if_profiles_are_defined()
    {
        var options = Policy(" ", (AgencyDuty.Id, Override(0, PeriodUnit.WorkingDays)));

        var catalogue = Catalogue(options, AgencyDuty);

        Assert.Equal(DeadlineCatalogue.StatutoryProfile, catalogue.ProfileName);
        Assert.False(catalogue.Entry(AgencyDuty.Id).Overridden);
    }

    [Fact]
    public void An_override_that_shortens_an_agency_duty_is_applied_with_the_policy_jurisdiction_and_both_bases()
    {
        var lead = TimeSpan.FromHours(2);
        var options = Policy(ProfileKey, (AgencyDuty.Id, Override(0, PeriodUnit.WorkingDays, lead)));

        var catalogue = Catalogue(options, AgencyDuty, PartyRight);
        var entry = catalogue.Entry(AgencyDuty.Id);

        Assert.Equal(PolicyName, catalogue.ProfileName);
        Assert.True(entry.Overridden);
        Assert.Equal(PolicyBasis, entry.OverrideBasis);
        Assert.Same(AgencyDuty, entry.Statutory);
        Assert.Equal(new Period(0, PeriodUnit.WorkingDays), entry.Effective.Period);
        Assert.Equal("南昌市", entry.Effective.Jurisdiction);
        Assert.Equal(lead, entry.Effective.ReminderLead);
        Assert.Contains(PolicyBasis, entry.Effective.LegalBasis, StringComparison.Ordinal);
        Assert.Contains(AgencyDuty.LegalBasis, entry.Effective.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("7日", entry.Effective.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(AgencyDuty.Title, entry.Effective.Title);
        Assert.Equal(AgencyDuty.Holder, entry.Effective.Holder);
        Assert.Same(entry.Effective, catalogue.Effective(AgencyDuty.Id));

        // Rules the profile does not name stay statutory.
        Assert.False(catalogue.Entry(PartyRight.Id).Overridden);
        Assert.Null(catalogue.Effective(PartyRight.Id).Jurisdiction);
    }

    [Fact]
    public void An_override_without_its_own_reminder_lead_keeps_the_statutory_one()
    {
        var rule = AgencyDuty with { ReminderLead = TimeSpan.FromDays(1) };
        var options = Policy(ProfileKey, (rule.Id, Override(3, PeriodUnit.CalendarDays)));

        var catalogue = Catalogue(options, rule);

        Assert.Equal(TimeSpan.FromDays(1), catalogue.Effective(rule.Id).ReminderLead);
    }

    [Fact]
    public void An_override_of_a_party_period_is_rejected_with_a_chinese_message_naming_the_rule()
    {
        var options = Policy(ProfileKey, (PartyRight.Id, Override(10, PeriodUnit.CalendarDays)));

        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(options, AgencyDuty, PartyRight));

        Assert.StartsWith("期限规则配置无效", error.Message, StringComparison.Ordinal);
        Assert.Contains(PartyRight.Id, error.Message, StringComparison.Ordinal);
        Assert.Contains(PartyRight.Title, error.Message, StringComparison.Ordinal);
        Assert.Contains("不是本机构自身的办理期限", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8, PeriodUnit.CalendarDays)]
    [InlineData(2, PeriodUnit.WorkingDays)] // 2 working days can outlast 7 calendar days across a holiday block
    [InlineData(1, PeriodUnit.Months)]
    public void An_override_that_may_be_longer_than_the_statutory_period_is_rejected(int value, PeriodUnit unit)
    {
        var options = Policy(ProfileKey, (AgencyDuty.Id, Override(value, unit)));

        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(options, AgencyDuty));

        Assert.Contains(AgencyDuty.Id, error.Message, StringComparison.Ordinal);
        Assert.Contains("可能长于法定期间", error.Message, StringComparison.Ordinal);
        Assert.Contains(new Period(value, unit).ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_of_an_unknown_rule_is_rejected()
    {
        var options = Policy(ProfileKey, ("test.no-such-rule", Override(0, PeriodUnit.WorkingDays)));

        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(options, AgencyDuty));

        Assert.Contains("不存在的期限规则 test.no-such-rule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_invalid_override_is_reported_at_once()
    {
        var options = Policy(
            ProfileKey,
            ("test.no-such-rule", Override(0, PeriodUnit.WorkingDays)),
            (PartyRight.Id, Override(1, PeriodUnit.CalendarDays)),
            (AgencyDuty.Id, Override(30, PeriodUnit.CalendarDays)));

        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(options, AgencyDuty, PartyRight));

        Assert.Contains("test.no-such-rule", error.Message, StringComparison.Ordinal);
        Assert.Contains(PartyRight.Id, error.Message, StringComparison.Ordinal);
        Assert.Contains(AgencyDuty.Id, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Looking_up_an_unknown_rule_id_throws()
    {
        var catalogue = Catalogue(new LocalPolicyOptions(), AgencyDuty);

        var error = Assert.Throws<KeyNotFoundException>(() => catalogue.Effective("test.no-such-rule"));

        Assert.Contains("test.no-such-rule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_active_profile_that_is_not_defined_is_rejected()
    {
        var options = Policy(ProfileKey, (AgencyDuty.Id, Override(0, PeriodUnit.WorkingDays)));
        options.ActiveProfile = "shanghai";

        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(options, AgencyDuty));

        Assert.Contains("本地政策 shanghai 未定义", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_id_defined_twice_is_rejected_even_across_sources()
    {
        var twin = PartyRight with { Id = AgencyDuty.Id };

        var error = Assert.Throws<InvalidOperationException>(() => new DeadlineCatalogue(
            [new RuleSource(AgencyDuty), new RuleSource(twin)], new ModuleCatalog([]), Options.Create(new LocalPolicyOptions()), Nanchang));

        Assert.Contains(AgencyDuty.Id, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_nanchang_profile_shape_validates_against_the_statutory_periods()
    {
        // Same rule ids and statutory periods as the modules' rules; the profile as in appsettings (deadlines.md §7).
        DeadlineRule[] rules =
        [
            new("legalaid.review-application", "审查法律援助申请并作出决定", "收到法律援助申请之日",
                new Period(7, PeriodUnit.CalendarDays), DutyHolder.OwnAgency, "《中华人民共和国法律援助法》第四十三条第一款", LegalBasisCertainty.Primary),
            new("arbitration.decide-acceptance", "作出受理或不予受理决定", "收到仲裁申请之日",
                new Period(5, PeriodUnit.CalendarOrWorkingDays), DutyHolder.OwnAgency, "《劳动争议调解仲裁法》第二十九条", LegalBasisCertainty.Primary),
            new("arbitration.one-time-notice", "书面通知仲裁庭组成情况（一次性告知）", "受理仲裁申请之日",
                new Period(5, PeriodUnit.CalendarOrWorkingDays), DutyHolder.OwnAgency, "《劳动争议调解仲裁法》第三十二条", LegalBasisCertainty.Primary),
        ];
        var options = Policy(
            ProfileKey,
            ("legalaid.review-application", Override(0, PeriodUnit.WorkingDays)),
            ("arbitration.decide-acceptance", Override(0, PeriodUnit.WorkingDays)),
            ("arbitration.one-time-notice", Override(3, PeriodUnit.WorkingDays)));

        var catalogue = Catalogue(options, rules);

        Assert.All(catalogue.Entries, e => Assert.True(e.Overridden));
        Assert.Equal(new Period(0, PeriodUnit.WorkingDays), catalogue.Effective("legalaid.review-application").Period);
        Assert.Equal(new Period(0, PeriodUnit.WorkingDays), catalogue.Effective("arbitration.decide-acceptance").Period);
        Assert.Equal(new Period(3, PeriodUnit.WorkingDays), catalogue.Effective("arbitration.one-time-notice").Period);
        Assert.Equal(new Period(7, PeriodUnit.CalendarDays), catalogue.Entry("legalaid.review-application").Statutory.Period);
    }

    [Fact]
    public void A_city_wide_profile_loads_when_a_module_it_names_is_not_composed_and_lists_those_overrides_as_unused()
    {
        // A deployment (or a module's test host) with Arbitration but without LegalAid, under the city's profile.
        var decideAcceptance = new DeadlineRule(
            "arbitration.decide-acceptance", "作出受理或不予受理决定", "收到仲裁申请之日",
            new Period(5, PeriodUnit.CalendarOrWorkingDays), DutyHolder.OwnAgency, "《劳动争议调解仲裁法》第二十九条", LegalBasisCertainty.Primary);
        var options = Policy(
            ProfileKey,
            ("legalaid.review-application", Override(0, PeriodUnit.WorkingDays)),
            ("mediation.committee-conclusion", Override(0, PeriodUnit.WorkingDays)),
            ("arbitration.decide-acceptance", Override(0, PeriodUnit.WorkingDays)));

        var catalogue = Catalogue(options, decideAcceptance);

        Assert.Equal(["legalaid.review-application", "mediation.committee-conclusion"], catalogue.UnusedOverrides);
        Assert.Equal(PolicyName, catalogue.ProfileName);
        Assert.True(catalogue.Entry("arbitration.decide-acceptance").Overridden);
        Assert.Equal(new Period(0, PeriodUnit.WorkingDays), catalogue.Effective("arbitration.decide-acceptance").Period);
        Assert.Single(catalogue.Entries);
        Assert.Throws<KeyNotFoundException>(() => catalogue.Entry("legalaid.review-application"));
    }

    [Fact]
    public void A_profile_whose_overrides_all_apply_has_no_unused_overrides()
    {
        var catalogue = Catalogue(Policy(ProfileKey, (AgencyDuty.Id, Override(0, PeriodUnit.WorkingDays))), AgencyDuty);

        Assert.Empty(catalogue.UnusedOverrides);
        Assert.Empty(Catalogue(new LocalPolicyOptions(), AgencyDuty).UnusedOverrides);
    }

    [Fact]
    public void A_misspelt_rule_id_of_a_composed_module_is_still_rejected_rather_than_ignored()
    {
        var options = Policy(ProfileKey, ("test.agency-duyt", Override(0, PeriodUnit.WorkingDays)));

        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(options, AgencyDuty));

        Assert.Contains("不存在的期限规则 test.agency-duyt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_of_a_module_that_is_not_composed_is_not_checked_against_any_statute()
    {
        // Whether it would shorten or lengthen the statutory period cannot be known here; it is simply not applied.
        var options = Policy(ProfileKey, ("legalaid.review-application", Override(30, PeriodUnit.CalendarDays)));

        var catalogue = Catalogue(options, AgencyDuty);

        Assert.Equal(["legalaid.review-application"], catalogue.UnusedOverrides);
        Assert.False(catalogue.Entry(AgencyDuty.Id).Overridden);
    }

    // --- jurisdiction and dates (deadlines.md §7, "engine requirement") ---

    [Fact]
    public void A_profile_made_for_another_city_is_rejected_with_a_chinese_message_naming_both_cities()
    {
        var options = Policy(ProfileKey, (AgencyDuty.Id, Override(0, PeriodUnit.WorkingDays)));
        options.Profiles[ProfileKey].Jurisdiction = "九江市";

        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(options, AgencyDuty));

        Assert.StartsWith("期限规则配置无效", error.Message, StringComparison.Ordinal);
        Assert.Contains(PolicyName, error.Message, StringComparison.Ordinal);
        Assert.Contains("九江市", error.Message, StringComparison.Ordinal);
        Assert.Contains("本部署所在城市为南昌市", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_rule_of_another_city_is_not_offered_and_says_why()
    {
        var shanghai = AgencyDuty with { Id = "test.shanghai-duty", Jurisdiction = "上海市" };
        var nanchang = AgencyDuty with { Id = "test.nanchang-duty", Jurisdiction = "南昌市" };

        var catalogue = Catalogue(new LocalPolicyOptions(), AgencyDuty, shanghai, nanchang);

        Assert.Equal([AgencyDuty.Id, nanchang.Id], catalogue.Entries.Select(e => e.Statutory.Id).Order(StringComparer.Ordinal));
        Assert.Equal(shanghai, Assert.Single(catalogue.OtherJurisdictions));
        Assert.DoesNotContain(catalogue.EntriesOf("test"), e => e.Statutory.Id == shanghai.Id);
        var notHere = catalogue.WhyNotOffered(shanghai.Id, new DateOnly(2026, 3, 2));
        Assert.Equal("“审查申请并作出决定”（test.shanghai-duty）适用于上海市，本部署（南昌市）不适用。", notHere);
        Assert.Contains("上海市", Assert.Throws<KeyNotFoundException>(() => catalogue.Entry(shanghai.Id)).Message, StringComparison.Ordinal);
        Assert.Null(catalogue.WhyNotOffered(nanchang.Id, new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void A_rule_is_offered_only_for_triggers_while_it_is_in_force()
    {
        var rule = AgencyDuty with { EffectiveFrom = new DateOnly(2026, 1, 1), EffectiveTo = new DateOnly(2026, 12, 31) };
        var catalogue = Catalogue(new LocalPolicyOptions(), rule);

        Assert.Null(catalogue.WhyNotOffered(rule.Id, new DateOnly(2026, 1, 1)));
        Assert.Null(catalogue.WhyNotOffered(rule.Id, new DateOnly(2026, 12, 31)));
        Assert.Equal(
            "“审查申请并作出决定”（test.agency-duty）自2026-01-01起施行，施行至2026-12-31，起算日2025-12-31不适用。",
            catalogue.WhyNotOffered(rule.Id, new DateOnly(2025, 12, 31)));
        Assert.NotNull(catalogue.WhyNotOffered(rule.Id, new DateOnly(2027, 1, 1)));
        Assert.Empty(catalogue.EntriesOf("test", new DateOnly(2027, 1, 1)));
        Assert.Single(catalogue.EntriesOf("test", new DateOnly(2026, 6, 1)));
        Assert.Single(catalogue.EntriesOf("test"));
    }

    [Fact]
    public void An_override_of_another_citys_rule_is_rejected()
    {
        var shanghai = AgencyDuty with { Jurisdiction = "上海市" };

        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(Policy(ProfileKey, (shanghai.Id, Override(0, PeriodUnit.WorkingDays))), shanghai));

        Assert.Contains("适用于上海市，不适用于南昌市", error.Message, StringComparison.Ordinal);
    }

    // --- scopes (deadlines.md §10.8) ---

    [Fact]
    public void An_override_applies_only_to_cases_with_every_trait_of_its_scope_while_the_policy_is_in_force()
    {
        var options = Policy(ProfileKey, (AgencyDuty.Id, Override(0, PeriodUnit.WorkingDays, appliesTo: [CaseTraits.Referred])));
        options.Profiles[ProfileKey].EffectiveFrom = new DateOnly(2022, 6, 1);
        var entry = Catalogue(options, AgencyDuty).Entry(AgencyDuty.Id);
        var day = new DateOnly(2026, 3, 2);

        Assert.True(entry.PolicyCovers([CaseTraits.Referred], day));
        Assert.True(entry.PolicyCovers([CaseTraits.Linkage, CaseTraits.Referred], day));
        Assert.False(entry.PolicyCovers([], day));
        Assert.False(entry.PolicyCovers([CaseTraits.Linkage], day));
        Assert.False(entry.PolicyCovers([CaseTraits.Referred], new DateOnly(2022, 5, 31)));
        Assert.Equal("适用于联动单位或平台转来的案件，2022-06-01起", entry.ScopeText);
    }

    [Fact]
    public void An_override_without_a_scope_applies_to_every_case_and_a_rule_without_an_override_to_none()
    {
        var catalogue = Catalogue(Policy(ProfileKey, (AgencyDuty.Id, Override(0, PeriodUnit.WorkingDays))), AgencyDuty, PartyRight);

        Assert.True(catalogue.Entry(AgencyDuty.Id).PolicyCovers([], new DateOnly(2026, 3, 2)));
        Assert.Equal("适用于全部案件", catalogue.Entry(AgencyDuty.Id).ScopeText);
        Assert.False(catalogue.Entry(PartyRight.Id).PolicyCovers([CaseTraits.Referred], new DateOnly(2026, 3, 2)));
        Assert.Null(catalogue.Entry(PartyRight.Id).ScopeText);
    }

    [Fact]
    public void An_override_bound_to_one_outcome_names_it_in_its_scope()
    {
        var rule = AgencyDuty with { Outcomes = new Dictionary<string, string> { ["accepted"] = "受理", ["not-accepted"] = "不予受理" } };

        var entry = Catalogue(Policy(ProfileKey, (rule.Id, Override(0, PeriodUnit.WorkingDays, appliesTo: [CaseTraits.Linkage], outcome: "accepted"))), rule).Entry(rule.Id);

        Assert.Equal("accepted", entry.Scope!.Outcome);
        Assert.Equal("适用于通过联动机制办理的案件，仅约束“受理”决定（其他决定适用法定期限）", entry.ScopeText);
    }

    [Fact]
    public void A_scope_with_an_unknown_trait_or_outcome_is_rejected()
    {
        var rule = AgencyDuty with { Outcomes = new Dictionary<string, string> { ["accepted"] = "受理" } };
        var options = Policy(ProfileKey, (rule.Id, Override(0, PeriodUnit.WorkingDays, appliesTo: ["refered"], outcome: "acepted")));

        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(options, rule));

        Assert.Contains("案件特征 refered 未定义", error.Message, StringComparison.Ordinal);
        Assert.Contains("没有“acepted”这一办理结果", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_of_a_period_counted_back_from_an_event_is_rejected()
    {
        // "开庭五日前": a shorter period would give the parties less notice, not the agency less time.
        var hearingNotice = AgencyDuty with { Period = new Period(5, PeriodUnit.CalendarOrWorkingDays), Direction = CountDirection.Backward };

        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(Policy(ProfileKey, (hearingNotice.Id, Override(3, PeriodUnit.WorkingDays))), hearingNotice));

        Assert.Contains("倒算的期间", error.Message, StringComparison.Ordinal);
    }

    private static readonly IOptions<DeploymentOptions> Nanchang = Options.Create(new DeploymentOptions { CityName = "南昌市" });

    private static DeadlineCatalogue Catalogue(LocalPolicyOptions options, params DeadlineRule[] rules) =>
        new([new RuleSource(rules)], new ModuleCatalog([]), Options.Create(options), Nanchang);

    private static LocalPolicyOptions Policy(string activeProfile, params (string RuleId, RuleOverride Override)[] overrides)
    {
        var profile = new LocalPolicyProfile { Name = PolicyName, Jurisdiction = "南昌市" };
        foreach (var (ruleId, rule) in overrides)
        {
            profile.Overrides[ruleId] = rule;
        }

        return new LocalPolicyOptions { ActiveProfile = activeProfile, Profiles = { [ProfileKey] = profile } };
    }

    private static RuleOverride Override(int period, PeriodUnit unit, TimeSpan? reminderLead = null, string[]? appliesTo = null, string? outcome = null) =>
        new() { Period = period, Unit = unit, Basis = PolicyBasis, ReminderLead = reminderLead, AppliesTo = [.. appliesTo ?? []], Outcome = outcome };

    private sealed class RuleSource(params DeadlineRule[] rules) : IDeadlineRuleSource
    {
        public IEnumerable<DeadlineRule> Rules => rules;
    }
}
