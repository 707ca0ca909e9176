using Monolith.BuildingBlocks.Application;

namespace Monolith.BuildingBlocks.Tests.Unit.Behaviors;

public sealed class FieldPathTests
{
    [Theory]
    [InlineData("Name", "name")]
    [InlineData("name", "name")]
    [InlineData("ApprovedBy", "approvedBy")]
    [InlineData("Applicant.IdNumber", "applicant.idNumber")]
    [InlineData("Applicant.ResidentIdNumber", "applicant.residentIdNumber")]
    [InlineData("Claims[0].Amount", "claims[0].amount")]
    [InlineData("Claims[12].Evidence[3].FileName", "claims[12].evidence[3].fileName")]
    [InlineData("Days[0].Name", "days[0].name")]
    [InlineData("days", "days")]
    [InlineData("A", "a")]
    [InlineData("", "")]
    public void A_csharp_property_path_becomes_the_json_path_the_client_sent(string propertyPath, string jsonPath) =>
        Assert.Equal(jsonPath, FieldPath.ToJsonPath(propertyPath));

    [Fact]
    public void Only_the_first_letter_of_each_segment_changes() =>
        Assert.Equal("respondent.creditCODE.x", FieldPath.ToJsonPath("Respondent.CreditCODE.X"));
}
