using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Validation;

namespace Monolith.BuildingBlocks.Tests.Unit;

/// <summary>
/// What no request of any module may hold, wherever it sits: checked before the module's validators (issue #7,
/// defects 3 and 9), each problem named by its JSON path.
/// </summary>
public sealed class InputGuardTests
{
    public sealed record Party(string? Name, IReadOnlyList<string?>? Phones);

    public sealed record Item(string? Description, DateOnly? Due);

    public sealed record Request(Party? Applicant, IReadOnlyList<Item?>? Items, DateOnly? HearingDate, DateTimeOffset? At, string? Note, PageRequest? Paging = null);

    public enum Ground
    {
        Procedure,
        Evidence,
    }

    [Flags]
    public enum Skills
    {
        None = 0,
        Law = 1,
        Wages = 2,
    }

    public sealed record Choice(Ground Ground, Skills Skills, IReadOnlyList<Ground>? Others = null);

    [Fact]
    public void An_enum_value_the_enum_does_not_name_is_refused_and_a_combination_of_flags_is_not()
    {
        Assert.Empty(InputGuard.Check(new Choice(Ground.Evidence, Skills.Law | Skills.Wages, [Ground.Procedure])));

        var errors = InputGuard.Check(new Choice((Ground)999, (Skills)8, [Ground.Evidence, (Ground)(-1)]));

        Assert.Equal(["ground", "others[1]", "skills"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([InputGuard.UndefinedEnumMessage], errors["ground"]);
    }

    [Fact]
    public void A_sane_request_passes()
    {
        var request = new Request(new Party("张三", ["13800138000"]), [new Item("拖欠工资\r\n三个月", new DateOnly(2026, 3, 2))], new DateOnly(2026, 4, 1), DateTimeOffset.UnixEpoch, "备注\t一", PageRequest.First);

        Assert.Empty(InputGuard.Check(request));
    }

    [Fact]
    public void Null_elements_of_lists_are_named_by_their_index_at_any_depth()
    {
        var request = new Request(new Party("张三", ["13800138000", null]), [null, new Item("说明", null)], null, null, null);

        Assert.Equal(["applicant.phones[1]", "items[0]"], InputGuard.Check(request).Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u001B")]
    [InlineData("\u007F")]
    [InlineData("\u0085")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u200B")]
    [InlineData("\u200D")]
    [InlineData("\u2060")]
    [InlineData("\uFEFF")]
    public void Control_format_and_broken_characters_are_refused_in_every_string(string hidden)
    {
        var request = new Request(new Party($"张{hidden}三", null), [new Item($"说明{hidden}", null)], null, null, $"备注{hidden}");

        Assert.Equal(["applicant.name", "items[0].description", "note"], InputGuard.Check(request).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_broken_surrogate_pair_is_refused()
    {
        var broken = "张" + new string((char)0xD800, 1) + "三";

        Assert.Equal(["note"], InputGuard.Check(new Request(null, null, null, null, broken)).Keys);
    }

    [Fact]
    public void Rare_characters_outside_the_basic_plane_and_in_private_use_are_kept()
    {
        var request = new Request(new Party("王\U00020000\uE000", null), null, null, null, "𠀀");

        Assert.Empty(InputGuard.Check(request));
    }

    [Fact]
    public void Dates_outside_the_service_range_are_named()
    {
        var request = new Request(null, [new Item(null, DateOnly.MaxValue)], DateOnly.MinValue, DateTimeOffset.MaxValue, null);

        var errors = InputGuard.Check(request);

        Assert.Equal(["at", "hearingDate", "items[0].due"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, m => Assert.Equal(ServiceDates.Message, Assert.Single(m)));
    }

    [Fact]
    public void Paging_outside_its_bounds_is_named_by_the_query_parameters()
    {
        var errors = InputGuard.Check(new Request(null, null, null, null, null, new PageRequest(0, 1000)));

        Assert.Equal(["pageNumber", "pageSize"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("张三", true)]
    [InlineData("Zhāng Sān-O'Brien", true)]
    [InlineData("张三\n", false)]
    [InlineData("张\t三", false)]
    [InlineData("张\u2028三", false)]
    public void A_name_is_one_line(string name, bool accepted) =>
        Assert.Equal(accepted, TextRules.Problem(name, multiLine: false) is null);
}
