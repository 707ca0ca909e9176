using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Host.Tests;

/// <summary>
/// The rules of every composed module, read as a whole. First, whose period each is. Only <see cref="DutyHolder.OwnAgency"/> may be shortened by a
/// local policy, so a court's, another body's, an employer's or a party's period wrongly classed as the agency's own
/// would let a profile cut it. A new rule must be added to this table.
/// </summary>
public sealed class ModuleDeadlineRulesTests
{
    private static readonly Dictionary<string, DutyHolder> Expected = new()
    {
        ["inspection.accept-complaint"] = DutyHolder.OwnAgency,
        ["inspection.non-acceptance-notice"] = DutyHolder.OwnAgency,
        ["inspection.complete-investigation"] = DutyHolder.OwnAgency,
        ["inspection.look-back"] = DutyHolder.Party,
        ["inspection.hearing-request"] = DutyHolder.Employer,
        ["inspection.administrative-review"] = DutyHolder.Party,
        ["inspection.administrative-litigation"] = DutyHolder.Party,
        ["inspection.answer-evidence-request"] = DutyHolder.OwnAgency,
        ["inspection.lead-feedback"] = DutyHolder.OwnAgency,

        ["arbitration.decide-acceptance"] = DutyHolder.OwnAgency,
        ["arbitration.serve-respondent"] = DutyHolder.OwnAgency,
        ["arbitration.defence"] = DutyHolder.Party,
        ["arbitration.one-time-notice"] = DutyHolder.OwnAgency,
        ["arbitration.hearing-notice"] = DutyHolder.OwnAgency,
        ["arbitration.postponement-request"] = DutyHolder.Party,
        ["arbitration.award"] = DutyHolder.OwnAgency,
        ["arbitration.sue-against-final-award"] = DutyHolder.Party,
        ["arbitration.set-aside-final-award"] = DutyHolder.Employer,
        ["arbitration.sue-against-non-final-award"] = DutyHolder.Party,
        ["arbitration.review-application"] = DutyHolder.Party,
        ["arbitration.review-decision"] = DutyHolder.OwnAgency,
        ["arbitration.award-extended"] = DutyHolder.OwnAgency,
        ["arbitration.serve-defence-copy"] = DutyHolder.OwnAgency,

        ["legalaid.review-application"] = DutyHolder.OwnAgency,
        ["legalaid.assign-provider"] = DutyHolder.OwnAgency,
        ["legalaid.decide-objection"] = DutyHolder.OtherAgency,
        ["legalaid.advance-aid-threshold"] = DutyHolder.Party,

        ["mediation.no-agreement-arbitration"] = DutyHolder.Party,
        ["mediation.negotiation-answer"] = DutyHolder.Employer,
        ["mediation.committee-acceptance"] = DutyHolder.OwnAgency,
        ["mediation.committee-conclusion"] = DutyHolder.OwnAgency,
        ["mediation.judicial-confirmation-application"] = DutyHolder.Party,
        ["mediation.court-confirmation-acceptance"] = DutyHolder.Court,
        ["mediation.court-confirmation-decision"] = DutyHolder.Court,
        ["mediation.confirmation-objection"] = DutyHolder.Party,
        ["mediation.confirmation-objection-interested-person"] = DutyHolder.Party,
        ["mediation.payment-order-acceptance"] = DutyHolder.Court,
        ["mediation.payment-order-issue"] = DutyHolder.Court,
        ["mediation.payment-order-objection"] = DutyHolder.Employer,

        ["supervision.procuratorial-suggestion-reply"] = DutyHolder.OtherAgency,
        ["supervision.nanchang-opinion-letter-reply"] = DutyHolder.Employer,
        ["supervision.nanchang-suggestion-letter-reply"] = DutyHolder.OtherAgency,
        ["supervision.template-opinion-letter-reply"] = DutyHolder.Employer,
        ["supervision.template-suggestion-letter-filing"] = DutyHolder.OtherAgency,
        ["supervision.judicial-suggestion-reply"] = DutyHolder.OtherAgency,
        ["supervision.union-reminder-letter-reply"] = DutyHolder.Employer,
        ["supervision.union-letter-reply"] = DutyHolder.Employer,
        ["supervision.procuratorial-opinion-reply"] = DutyHolder.OtherAgency,
        ["supervision.arbitration-letter-feedback"] = DutyHolder.Employer,
    };

    /// <summary>Every rule of every module the host composes, whatever the jurisdiction or dates.</summary>
    private static readonly List<DeadlineRule> Rules =
    [
        .. ModuleList.All
            .Select(m => m.GetType().Assembly).Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IDeadlineRuleSource).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((IDeadlineRuleSource)Activator.CreateInstance(t, nonPublic: true)!).Rules),
    ];

    [Fact]
    public void Every_rule_of_every_module_is_classified_here()
    {
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_names_the_holder_of_the_duty_or_right()
    {
        Assert.All(Rules, rule => Assert.True(Expected[rule.Id] == rule.Holder, $"{rule.Id}（{rule.Title}）: {rule.Holder}, expected {Expected[rule.Id]}"));
    }

    [Fact]
    public void A_court_duty_and_another_bodys_duty_are_never_the_agencys_own()
    {
        // The titles that name a court or another body, checked independently of the table above.
        Assert.All(Rules.Where(r => r.Title.StartsWith("人民法院", StringComparison.Ordinal)), r => Assert.Equal(DutyHolder.Court, r.Holder));
        Assert.All(Rules.Where(r => r.Title.Contains("司法行政部门", StringComparison.Ordinal) || r.Title.StartsWith("被建议单位", StringComparison.Ordinal)),
            r => Assert.Equal(DutyHolder.OtherAgency, r.Holder));
        Assert.All(Rules.Where(r => r.Title.StartsWith("用人单位", StringComparison.Ordinal)), r => Assert.Equal(DutyHolder.Employer, r.Holder));
    }

    [Fact]
    public void The_enterprise_committees_extension_is_the_parties_agreement_with_no_invented_length()
    {
        var conclusion = Rules.Single(r => r.Id == "mediation.committee-conclusion");

        Assert.NotNull(conclusion.Extension);
        Assert.True(conclusion.Extension.ByAgreement);
        Assert.Null(conclusion.Extension.Period);
        Assert.Equal(DeadlineExtension.Parties, conclusion.Extension.ApprovedBy);
        Assert.DoesNotContain("15", conclusion.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("十五", conclusion.Title, StringComparison.Ordinal);
        Assert.Contains("双方当事人同意", conclusion.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fixed_extension_names_its_length_and_who_approves_it()
    {
        Assert.All(Rules.Where(r => r.Extension is { ByAgreement: false }), r =>
        {
            Assert.True(r.Extension!.Period!.Value > 0, r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Extension.ApprovedBy), r.Id);
        });
        Assert.Equal(
            ["inspection.complete-investigation", "mediation.court-confirmation-decision"],
            Rules.Where(r => r.Extension is { ByAgreement: false }).Select(r => r.Id).Order(StringComparer.Ordinal));
    }
}
