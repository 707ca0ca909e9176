using Microsoft.AspNetCore.Mvc.ModelBinding;
using Monolith.BuildingBlocks.Web;

namespace Monolith.BuildingBlocks.Tests.Unit;

/// <summary>
/// A checkbox posted with a value that is not a boolean keeps its error but not its value, so that the page can be
/// shown again (the tag helper would throw converting the value); every other field keeps what was typed.
/// </summary>
public sealed class UnparsableCheckboxValuesTests
{
    public sealed class Form
    {
        public bool Consent { get; set; }

        public bool? Agreed { get; set; }

        public string? Name { get; set; }

        public DateOnly? Day { get; set; }

        public List<Row> Rows { get; set; } = [];
    }

    public sealed class Row
    {
        public bool Done { get; set; }
    }

    public sealed class Page
    {
        public Form Input { get; set; } = new();
    }

    private static readonly string[] Garbled = ["9999-12-31", "false"];
    private static readonly string[] Checkboxes = ["Input.Consent", "Input.Agreed", "Input.Rows[0].Done"];
    private static readonly string[] TrueAndFalse = ["true", "false"];

    [Fact]
    public void A_garbled_checkbox_loses_its_value_and_keeps_its_error_and_other_fields_keep_theirs()
    {
        var state = new ModelStateDictionary();
        Invalid(state, "Input.Consent", "not-a-value");
        Invalid(state, "Input.Agreed", Garbled);
        Invalid(state, "Input.Rows[0].Done", "on");
        Invalid(state, "Input.Day", "not-a-date");
        Invalid(state, "Input.Name", "张三\u0000");
        state.SetModelValue("Input.Rows[1].Done", "true", "true");
        Invalid(state, "Unknown.Field", "x");

        UnparsableCheckboxValues.Forget(typeof(Page), state);

        Assert.All(Checkboxes, key =>
        {
            Assert.Null(state[key]!.RawValue);
            Assert.Single(state[key]!.Errors);
        });
        Assert.Equal("not-a-date", state["Input.Day"]!.RawValue);
        Assert.Equal("张三\u0000", state["Input.Name"]!.RawValue);
        Assert.Equal("true", state["Input.Rows[1].Done"]!.RawValue);
        Assert.Equal("x", state["Unknown.Field"]!.RawValue);
    }

    [Fact]
    public void A_checkbox_posted_true_and_false_is_left_alone()
    {
        var state = new ModelStateDictionary();
        Invalid(state, "Input.Consent", TrueAndFalse);

        UnparsableCheckboxValues.Forget(typeof(Page), state);

        Assert.Same(TrueAndFalse, state["Input.Consent"]!.RawValue);
    }

    private static void Invalid(ModelStateDictionary state, string key, object raw)
    {
        state.SetModelValue(key, raw, raw.ToString());
        state.AddModelError(key, "值的格式不正确。");
    }
}
