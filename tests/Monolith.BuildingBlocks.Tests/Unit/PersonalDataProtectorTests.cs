using System.Security.Cryptography;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Providers.Sqlite;
using Monolith.Providers.SqlServer;

namespace Monolith.BuildingBlocks.Tests.Unit;

/// <summary>ADR 0042: the cipher of personal data at rest, and where its key comes from.</summary>
public sealed class PersonalDataProtectorTests : IDisposable
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly ActiveDatabase Embedded = new(SqliteProvider.Instance, "Data Source=:memory:");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "monolith-tests", "keys-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("36010219900101001X")]
    [InlineData("13800000000")]
    [InlineData("")]
    [InlineData("张三 · 工号 7")]
    public void A_value_reads_back_as_it_was_and_is_not_stored_in_clear(string value)
    {
        var protector = PersonalDataProtector.FromKey(Key);

        var stored = protector.Protect(value);

        Assert.StartsWith(PersonalDataProtector.Prefix, stored, StringComparison.Ordinal);
        Assert.True(value.Length == 0 || !stored.Contains(value, StringComparison.Ordinal));
        Assert.Equal(value, protector.Unprotect(stored));
    }

    [Fact]
    public void The_same_value_gives_the_same_stored_form_so_an_equality_lookup_works_and_different_values_differ()
    {
        var protector = PersonalDataProtector.FromKey(Key);

        Assert.Equal(protector.Protect("36010219900101001X"), PersonalDataProtector.FromKey(Key).Protect("36010219900101001X"));
        Assert.NotEqual(protector.Protect("36010219900101001X"), protector.Protect("36010219900101002X"));
    }

    [Fact]
    public void Another_key_neither_produces_the_same_stored_form_nor_reads_it()
    {
        var other = PersonalDataProtector.FromKey([.. Enumerable.Range(2, 32).Select(i => (byte)i)]);
        var stored = PersonalDataProtector.FromKey(Key).Protect("13800000000");

        Assert.NotEqual(stored, other.Protect("13800000000"));
        Assert.ThrowsAny<CryptographicException>(() => other.Unprotect(stored));
        Assert.NotEqual(PersonalDataProtector.FromKey(Key).ModelCacheKey, other.ModelCacheKey);
    }

    [Fact]
    public void A_tampered_value_is_refused_rather_than_read_as_something_else()
    {
        var protector = PersonalDataProtector.FromKey(Key);
        var bytes = Convert.FromBase64String(protector.Protect("13800000000")[PersonalDataProtector.Prefix.Length..]);
        bytes[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(PersonalDataProtector.Prefix + Convert.ToBase64String(bytes)));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(PersonalDataProtector.Prefix + "AAAA"));
    }

    [Fact]
    public void A_value_stored_in_clear_by_an_older_build_reads_as_it_is()
    {
        Assert.Equal("13800000000", PersonalDataProtector.FromKey(Key).Unprotect("13800000000"));
        Assert.False(PersonalDataProtector.IsProtected("13800000000"));
    }

    [Theory]
    [InlineData(18, "36010219900101001X")]
    [InlineData(20, "一二三四五六七八九十一二三四五六七八九十")]
    [InlineData(1, "字")]
    public void The_stored_length_bounds_the_longest_value_of_a_column(int maxLength, string longest)
    {
        Assert.Equal(maxLength, longest.Length);
        Assert.True(PersonalDataProtector.FromKey(Key).Protect(longest).Length <= PersonalDataProtector.StoredLength(maxLength));
    }

    [Fact]
    public void A_model_only_protector_builds_models_but_refuses_to_touch_a_value()
    {
        Assert.Equal("model-only", PersonalDataProtector.ModelOnly.ModelCacheKey);
        Assert.Throws<InvalidOperationException>(() => PersonalDataProtector.ModelOnly.Protect("13800000000"));
    }

    [Fact]
    public void The_configured_key_is_used_and_a_malformed_one_stops_the_service_with_a_clear_message()
    {
        var configured = PersonalDataKeys.Load(new PersonalDataOptions { Key = Convert.ToBase64String(Key) }, Embedded);
        Assert.Equal(Key, configured);

        var tooShort = Assert.Throws<InvalidOperationException>(() =>
            PersonalDataKeys.Load(new PersonalDataOptions { Key = Convert.ToBase64String(new byte[16]) }, Embedded));
        Assert.Contains("PersonalData:Key", tooShort.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => PersonalDataKeys.Load(new PersonalDataOptions { Key = "not base64!" }, Embedded));
    }

    [Fact]
    public void A_sql_server_deployment_without_a_key_does_not_start()
    {
        var missing = Assert.Throws<InvalidOperationException>(() =>
            PersonalDataKeys.Load(new PersonalDataOptions(), new ActiveDatabase(SqlServerProvider.Instance, "Server=x")));

        Assert.Contains("PersonalData:Key", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_default_makes_an_owner_only_key_beside_the_database_once_and_reuses_it()
    {
        var database = new ActiveDatabase(SqliteProvider.Instance, $"Data Source={Path.Combine(folder, "monolith.db")}");

        var keys = Enumerable.Range(0, 8).AsParallel().Select(_ => PersonalDataKeys.Load(new PersonalDataOptions(), database)).ToList();

        var file = Path.Combine(folder, "monolith.db.key");
        Assert.True(File.Exists(file));
        Assert.All(keys, k => Assert.Equal(keys[0], k));
        Assert.Equal(32, keys[0].Length);
        Assert.Equal(keys[0], PersonalDataKeys.Load(new PersonalDataOptions(), database));
        Assert.Single(Directory.GetFiles(folder));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
