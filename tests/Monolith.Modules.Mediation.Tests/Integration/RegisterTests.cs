using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features.Organisations;
using Monolith.Modules.Mediation.Features.Roster;

namespace Monolith.Modules.Mediation.Tests.Integration;

/// <summary>The register of organisations, the roster and the expert pool through the module's commands and queries.</summary>
public sealed class RegisterTests
{
    [Fact]
    public async Task An_organisation_is_registered_with_its_division_and_can_take_applications_once_filed()
    {
        await using var platform = await TestKit.PlatformAsync();

        var id = await platform.SendAsync(new RegisterOrganisationCommand("沙井街道劳动争议调解室", OrganisationKind.TownshipStreet, "360113", "沙井路1号", null, null, false));
        var before = Assert.Single((await platform.SendAsync(new ListOrganisationsQuery())).Items);
        Assert.Equal(("南昌市红谷滩区", false), (before.DivisionName, before.CanReceiveCases));
        Assert.Empty((await platform.SendAsync(new ListOrganisationsQuery(ReceivingOnly: true))).Items);

        await platform.SendAsync(new FileOrganisationCommand(id, "红谷滩区人社局", "调备〔2026〕3号", new DateOnly(2026, 3, 1)));

        var filed = Assert.Single((await platform.SendAsync(new ListOrganisationsQuery(ReceivingOnly: true))).Items);
        Assert.Equal(("调备〔2026〕3号", new DateOnly(2026, 3, 1)), (filed.FilingNumber, filed.FiledOn));
    }

    [Theory]
    [InlineData("36011", "divisionCode")]
    [InlineData("110101", "divisionCode")]
    public async Task A_division_code_of_the_wrong_form_or_another_city_is_refused_naming_the_field(string code, string field)
    {
        await using var platform = await TestKit.PlatformAsync();

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new RegisterOrganisationCommand("某调解室", OrganisationKind.TownshipStreet, code, null, null, null, false)));

        Assert.Equal([field], invalid.Errors.Keys);
        Assert.Empty((await platform.SendAsync(new ListOrganisationsQuery())).Items);
    }

    [Fact]
    public async Task An_enterprise_committee_of_fewer_than_100_staff_is_refused_at_the_staff_count()
    {
        await using var platform = await TestKit.PlatformAsync();
        var fake = new BuildingBlocks.Demo.FakeIdentity(3);

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(
            new RegisterOrganisationCommand("某公司调委会", OrganisationKind.EnterpriseCommittee, "360111", null, fake.CreditCode(), 80, false)));

        Assert.Equal(["staffCount"], invalid.Errors.Keys);
        Assert.Contains("100人", invalid.Errors["staffCount"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_are_unique_and_a_filing_date_in_the_future_is_refused()
    {
        await using var platform = await TestKit.PlatformAsync();
        var id = await platform.SendAsync(new RegisterOrganisationCommand("某调解室", OrganisationKind.TownshipStreet, "360113", null, null, null, false));

        var duplicate = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new RegisterOrganisationCommand("某调解室", OrganisationKind.Regional, "360100", null, null, null, false)));
        Assert.Equal(["name"], duplicate.Errors.Keys);
        var future = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new FileOrganisationCommand(id, "区人社局", "1号", new DateOnly(2026, 3, 3))));
        Assert.Equal(["filedOn"], future.Errors.Keys);
    }

    [Fact]
    public async Task The_roster_lists_mediators_with_qualifications_and_availability_and_the_expert_pool_is_shared()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        var none = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new AddMediatorCommand(organisation, "赵强", "17012345678", [])));
        Assert.Equal(["qualifications"], none.Errors.Keys);
        await platform.SendAsync(new AddMediatorCommand(organisation, "赵强", "17012345678", [MediatorQualifications.Lawyer, MediatorQualifications.RetiredJudge]));
        await platform.SendAsync(new SetMediatorAvailabilityCommand(mediator, false, "休假"));
        await platform.SendAsync(new AddExpertCommand("钱静", "工伤保险", "某大学法学院", "17087654321"));

        var roster = await platform.SendAsync(new ListMediatorsQuery(organisation));
        Assert.Equal(2, roster.Total);
        Assert.Equal("律师、退休法官", roster.Items.Single(m => m.Name == "赵强").QualificationNames);
        Assert.Equal("赵强", Assert.Single((await platform.SendAsync(new ListMediatorsQuery(AvailableOnly: true))).Items).Name);
        Assert.Equal("工伤保险", Assert.Single((await platform.SendAsync(new ListExpertsQuery())).Items).Field);
        Assert.Contains(await platform.AuditAsync("调解员名册"), a => a.Kind == BuildingBlocks.Auditing.AuditKind.PersonalDataRead);
        var noReason = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new SetMediatorAvailabilityCommand(mediator, false, null)));
        Assert.Equal(["note"], noReason.Errors.Keys);
    }
}
