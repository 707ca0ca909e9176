using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Mediation.Domain;

namespace Monolith.Modules.Mediation.Tests.Unit;

/// <summary>The register's rules: GB/T 2260 codes of the demo city, the size rule of seed 004 三(一), filing, intake.</summary>
public sealed class RegisterRulesTests
{
    private static readonly DateTimeOffset Now = TestKit.Monday;

    [Theory]
    [InlineData("360100", "南昌市")]
    [InlineData("360113", "南昌市红谷滩区")]
    [InlineData("360124", "南昌市进贤县")]
    public void The_city_and_its_districts_are_known_by_name(string code, string name)
    {
        Assert.Null(DivisionCodes.Validate(code));
        Assert.Equal(name, DivisionCodes.Name(code));
    }

    [Theory]
    [InlineData("36010", "6位数字")]
    [InlineData("3601OO", "6位数字")]
    [InlineData("990100", "6位数字")]
    [InlineData("", "请填写")]
    public void A_code_that_is_not_six_digits_of_a_province_is_refused_for_its_format(string code, string message)
    {
        Assert.Contains(message, DivisionCodes.Validate(code), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("360105")] // 湾里区, abolished in 2019
    [InlineData("110101")] // 北京市东城区: well formed, not this city
    public void A_well_formed_code_outside_the_city_is_refused_as_not_the_citys(string code)
    {
        Assert.True(DivisionCodes.IsWellFormed(code));
        Assert.Contains("不是南昌市", DivisionCodes.Validate(code), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(OrganisationKind.EnterpriseCommittee), 99, true)]
    [InlineData(nameof(OrganisationKind.EnterpriseCommittee), null, true)]
    [InlineData(nameof(OrganisationKind.EnterpriseCommittee), 100, false)]
    [InlineData(nameof(OrganisationKind.EnterpriseGroupCentre), 4999, true)]
    [InlineData(nameof(OrganisationKind.EnterpriseGroupCentre), 5000, false)]
    [InlineData(nameof(OrganisationKind.TownshipStreet), null, false)]
    [InlineData(nameof(OrganisationKind.UnionCentre), 3, false)]
    public void The_size_rule_applies_to_enterprise_committees_and_group_centres_only(string kind, int? staff, bool violated)
    {
        Assert.Equal(violated, MediationOrganisation.SizeRuleViolation(Enum.Parse<OrganisationKind>(kind), staff) is not null);
    }

    [Fact]
    public void Registering_a_committee_for_a_small_enterprise_is_refused_with_the_coordinator_rule()
    {
        var refused = Assert.Throws<BusinessRuleViolationException>(() =>
            MediationOrganisation.Register(Guid.NewGuid(), "某公司调委会", OrganisationKind.EnterpriseCommittee, "360113", null, "91360113MA35XXXX0X", 60, false, Now));

        Assert.Equal("mediation.size-rule", refused.Code);
        Assert.Contains("劳动关系协调员", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enterprise_committee_takes_no_entrusted_cases()
    {
        var refused = Assert.Throws<BusinessRuleViolationException>(() =>
            MediationOrganisation.Register(Guid.NewGuid(), "某公司调委会", OrganisationKind.EnterpriseCommittee, "360113", null, "x", 300, true, Now));

        Assert.Equal("mediation.enterprise-entrusted", refused.Code);
    }

    [Fact]
    public void An_organisation_receives_cases_once_filed_and_while_active()
    {
        var organisation = MediationOrganisation.Register(Guid.NewGuid(), "某街道调解室", OrganisationKind.TownshipStreet, "360113", null, null, null, false, Now);

        Assert.Contains("尚未备案", organisation.WhyCannotReceive(entrusted: false), StringComparison.Ordinal);

        organisation.File(new Filing("区人社局", "调备〔2026〕1号", new DateOnly(2026, 3, 2)), new DateOnly(2026, 3, 2));
        Assert.Null(organisation.WhyCannotReceive(entrusted: false));
        Assert.Contains("不承接委托调解", organisation.WhyCannotReceive(entrusted: true), StringComparison.Ordinal);

        organisation.SetActive(false);
        Assert.Contains("停止受理", organisation.WhyCannotReceive(entrusted: false), StringComparison.Ordinal);
        Assert.False(organisation.CanReceiveCases);
    }

    [Fact]
    public void A_filing_dated_tomorrow_is_refused()
    {
        var organisation = MediationOrganisation.Register(Guid.NewGuid(), "某街道调解室", OrganisationKind.TownshipStreet, "360113", null, null, null, false, Now);

        Assert.Throws<BusinessRuleViolationException>(() =>
            organisation.File(new Filing("区人社局", "1号", new DateOnly(2026, 3, 3)), new DateOnly(2026, 3, 2)));
        Assert.Null(organisation.Filing);
    }

    [Fact]
    public void A_mediator_needs_a_qualification_and_a_reason_to_pause()
    {
        Assert.Throws<BusinessRuleViolationException>(() => Mediator.Add(Guid.NewGuid(), Guid.NewGuid(), "周敏", "17012345678", MediatorQualifications.None, Now));

        var mediator = Mediator.Add(Guid.NewGuid(), Guid.NewGuid(), "周敏", "17012345678", MediatorQualifications.Lawyer | MediatorQualifications.Arbitrator, Now);
        Assert.True(mediator.Available);
        Assert.Throws<BusinessRuleViolationException>(() => mediator.SetAvailability(false, " "));

        mediator.SetAvailability(false, "休假至3月底");
        Assert.False(mediator.Available);
        Assert.Equal("律师、仲裁员", Features.MediationNames.Qualifications(mediator.Qualifications));
    }
}
