using Monolith.BuildingBlocks.Application;

namespace Monolith.BuildingBlocks.Tests;

public sealed class IdempotencyKeyTests
{
    [Theory]
    [InlineData("0b6f3c1e-7d2a-4f7e-9a51-2b8c9d0e1f23", true)]
    [InlineData("retry-1", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("has space", false)]
    [InlineData("制表", false)]
    [InlineData("line\nbreak", false)]
    public void A_key_is_1_to_128_visible_ascii_characters(string? key, bool wellFormed) =>
        Assert.Equal(wellFormed, IdempotencyKey.IsWellFormed(key));

    [Fact]
    public void A_key_of_129_characters_is_refused_and_one_of_128_taken() =>
        Assert.Equal((true, false), (IdempotencyKey.IsWellFormed(new string('k', 128)), IdempotencyKey.IsWellFormed(new string('k', 129))));

    [Fact]
    public void Only_the_requests_first_command_takes_the_key()
    {
        var key = new IdempotencyKey();
        key.Set("retry-1");

        Assert.Equal("retry-1", key.Take());
        Assert.Null(key.Take());
    }

    [Fact]
    public void The_same_request_has_the_same_fingerprint_and_a_different_one_another() =>
        Assert.Equal(
            (true, false),
            (IdempotentCommand.FingerprintOf(new Probe("a", 1)) == IdempotentCommand.FingerprintOf(new Probe("a", 1)),
             IdempotentCommand.FingerprintOf(new Probe("a", 1)) == IdempotentCommand.FingerprintOf(new Probe("a", 2))));

    private sealed record Probe(string Name, int Number);
}
