using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Monolith.BuildingBlocks.Application;

/// <summary>
/// The <c>Idempotency-Key</c> a client sent with a write (ADR 0036). The first command the request sends records its
/// result under the key, in the owning module's transaction; a repeat of the same request by the same user returns that
/// result and changes nothing, so a client that lost a response can safely send the request again.
/// </summary>
public sealed class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 128;

    private bool taken;

    public string? Value { get; private set; }

    /// <summary>True when this request's command was not run again but answered from its first run.</summary>
    public bool Replayed { get; internal set; }

    /// <summary>Whether <paramref name="value"/> is a usable key: 1 to 128 visible ASCII characters.</summary>
    public static bool IsWellFormed(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && value.All(c => c is >= '!' and <= '~');

    public void Set(string value)
    {
        if (!IsWellFormed(value))
        {
            throw new ArgumentException("Not a well-formed idempotency key.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The key, for the request's first command only; the commands it sends in turn run under it, not with it.</summary>
    internal string? Take()
    {
        if (taken || Value is null)
        {
            return null;
        }

        taken = true;
        return Value;
    }
}

/// <summary>A command's result recorded under the key its client sent, kept as long as relayed messages (then purged).</summary>
internal sealed class IdempotentCommand
{
    public Guid Id { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public string RequestType { get; set; } = string.Empty;

    /// <summary>SHA-256 of the request's JSON: the same key with a different request is refused.</summary>
    public string Fingerprint { get; set; } = string.Empty;

    public string Response { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }

    public static string FingerprintOf(object request)
    {
        string json;
        try
        {
            json = JsonSerializer.Serialize(request, request.GetType());
        }
        catch (NotSupportedException)
        {
            json = request.GetType().FullName ?? string.Empty; // e.g. a file upload's stream: the key alone identifies it
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}

internal sealed class IdempotentCommandConfiguration : IEntityTypeConfiguration<IdempotentCommand>
{
    public void Configure(EntityTypeBuilder<IdempotentCommand> builder)
    {
        builder.ToTable("IdempotentCommands");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.UserName).HasMaxLength(64);
        builder.Property(c => c.Key).HasMaxLength(IdempotencyKey.MaxLength);
        builder.Property(c => c.RequestType).HasMaxLength(256);
        builder.Property(c => c.Fingerprint).HasMaxLength(64);
        builder.HasIndex(c => new { c.UserName, c.Key }).IsUnique();
        builder.HasIndex(c => c.RecordedAt);
    }
}

/// <summary>The key was used before for a different request (422): the client must use a new key for a new request.</summary>
public sealed class IdempotencyKeyReusedException() : Exception("同一幂等键已用于另一项不同的请求，请为新的请求使用新的幂等键。");

/// <summary>Another request with the same key committed first (409): sending it again returns that request's result.</summary>
public sealed class IdempotencyKeyInUseException(Exception inner) : Exception("同一幂等键的请求正在处理或刚已完成，请稍后重新提交以取得其结果。", inner);
