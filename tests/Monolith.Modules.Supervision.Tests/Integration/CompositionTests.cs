using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Supervision.Tests.Integration;

public sealed class CompositionTests
{
    [Fact]
    public async Task The_nanchang_profile_loads_with_supervision_alone_and_none_of_its_overrides_applies()
    {
        await using var platform = await TestKit.PlatformAsync();

        var catalogue = platform.Services.GetRequiredService<DeadlineCatalogue>();

        Assert.Equal(
            ["arbitration.decide-acceptance", "arbitration.one-time-notice", "arbitration.serve-respondent", "legalaid.review-application"],
            catalogue.UnusedOverrides);
        Assert.DoesNotContain(catalogue.Entries, e => e.Overridden);
        Assert.Equal(8, catalogue.Entries.Count); // 4 catalogued with a basis, 4 configurable (unverified)
    }

    [Fact]
    public async Task A_deployment_in_nanchang_offers_nanchangs_union_letter_rules_and_not_those_of_an_unidentified_jurisdiction()
    {
        await using var platform = await TestKit.PlatformAsync();

        var catalogue = platform.Services.GetRequiredService<DeadlineCatalogue>();

        Assert.Contains(catalogue.Entries, e => e.Statutory.Id == SupervisionDeadlineRules.NanchangOpinionLetterReply);
        Assert.Equal(
            [SupervisionDeadlineRules.TemplateOpinionLetterReply, SupervisionDeadlineRules.TemplateSuggestionLetterFiling],
            catalogue.OtherJurisdictions.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.NotNull(catalogue.WhyNotOffered(SupervisionDeadlineRules.TemplateOpinionLetterReply, new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public async Task A_deployment_in_another_city_does_not_offer_nanchangs_rules()
    {
        await using var platform = await TestKit.PlatformAsync(policyProfile: null, settings: new Dictionary<string, string?> { ["Deployment:CityName"] = "九江市" });

        var catalogue = platform.Services.GetRequiredService<DeadlineCatalogue>();

        Assert.DoesNotContain(catalogue.Entries, e => e.Statutory.Jurisdiction == "南昌市");
        Assert.Contains(catalogue.OtherJurisdictions, r => r.Id == SupervisionDeadlineRules.NanchangSuggestionLetterReply);
        Assert.Equal(6, catalogue.Entries.Count); // the national 检察建议 and 司法建议 replies, and the 4 configurable ones
    }
}
