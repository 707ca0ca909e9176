using Monolith.Modules.LegalAid.Domain;

namespace Monolith.Modules.LegalAid.Tests.Unit;

public sealed class ConflictCheckTests
{
    private const string Code = "91360100MA35XXXX0A";

    [Fact]
    public void The_same_credit_code_is_the_same_employer_whatever_the_name() =>
        Assert.True(With("南昌某建筑有限公司", Code).ActsFor("南昌某建筑公司（分公司）", Code.ToLowerInvariant()));

    [Fact]
    public void Different_credit_codes_are_different_employers_even_with_the_same_name() =>
        Assert.False(With("南昌某建筑有限公司", Code).ActsFor("南昌某建筑有限公司", "91360100MA35YYYY0B"));

    [Theory]
    [InlineData("南昌某建筑有限公司（演示）", null)]
    [InlineData("南昌某建筑有限公司 (演示)", Code)]
    public void Without_a_code_on_one_side_the_names_are_compared_ignoring_spaces_and_bracket_width(string name, string? code) =>
        Assert.True(With("南昌某建筑有限公司(演示)", null).ActsFor(name, code));

    [Fact]
    public void A_lawyer_with_no_engagement_for_the_employer_has_no_conflict() =>
        Assert.False(With("南昌甲公司", null).ActsFor("南昌乙公司", null));

    private static Lawyer With(string employer, string? code)
    {
        var lawyer = new Lawyer(Guid.NewGuid(), "测试律师", "江西正源律师事务所（演示）", "13800000000");
        lawyer.DeclareEngagement(new EmployerEngagement(Guid.NewGuid(), employer, code, "常年法律顾问", DateTimeOffset.UnixEpoch));
        return lawyer;
    }
}

public sealed class OutgoingRequestTests
{
    [Fact]
    public void An_answer_delivered_twice_is_kept_once()
    {
        var request = new OutgoingRequest(Guid.NewGuid(), Guid.NewGuid(), OutgoingRequestKind.EvidenceAssistance, "考勤记录", "legalaid", DateTimeOffset.UnixEpoch);
        var eventId = Guid.NewGuid();

        Assert.True(request.AddAnswer(new RequestAnswer(Guid.NewGuid(), eventId, "全部调取", "已调取", "inspector", DateTimeOffset.UnixEpoch, true)));
        Assert.False(request.AddAnswer(new RequestAnswer(Guid.NewGuid(), eventId, "全部调取", "已调取", "inspector", DateTimeOffset.UnixEpoch, true)));
        Assert.True(request.AddAnswer(new RequestAnswer(Guid.NewGuid(), Guid.NewGuid(), "办理结果", "已结案", "inspector", DateTimeOffset.UnixEpoch, true)));

        Assert.Equal(2, request.Answers.Count);
    }
}
