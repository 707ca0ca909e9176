using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;

namespace Monolith.BuildingBlocks.Tests.Unit.Web;

public sealed class PageTextTests
{
    private static readonly DeploymentClock Clock = new(TimeProvider.System, Options.Create(new DeploymentOptions()));

    [Fact]
    public void A_deadline_due_at_local_midnight_is_shown_as_24_00_of_its_last_day()
    {
        var midnightAfterMarch2 = new DateTimeOffset(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

        Assert.Equal("2026-03-02 24:00", PageText.Due(Clock, midnightAfterMarch2));
    }

    [Fact]
    public void A_deadline_due_during_the_day_and_any_other_instant_are_shown_in_local_time()
    {
        var afternoon = new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero);

        Assert.Equal("2026-03-02 15:30", PageText.Due(Clock, afternoon));
        Assert.Equal("2026-03-02 15:30", PageText.Time(Clock, afternoon));
    }

    [Fact]
    public void Money_has_the_yuan_sign_and_two_decimals_and_a_dash_when_unknown()
    {
        Assert.Equal("¥12,345.60", PageText.Money(12345.6m));
        Assert.Equal("—", PageText.Money(null));
    }

    [Fact]
    public void Validation_errors_go_next_to_the_form_field_for_their_path_or_to_the_top_of_the_page()
    {
        var modelState = new ModelStateDictionary();
        var invalid = new RequestValidationException(new Dictionary<string, string[]>
        {
            ["applicant.name"] = ["请填写姓名。"],
            ["claims"] = ["至少填写一项仲裁请求。"],
        });

        PageText.AddErrors(modelState, invalid, path => path == "applicant.name" ? "Input.ApplicantName" : null);

        Assert.Equal("请填写姓名。", Assert.Single(modelState["Input.ApplicantName"]!.Errors).ErrorMessage);
        Assert.Equal("至少填写一项仲裁请求。", Assert.Single(modelState[string.Empty]!.Errors).ErrorMessage);
    }
}
