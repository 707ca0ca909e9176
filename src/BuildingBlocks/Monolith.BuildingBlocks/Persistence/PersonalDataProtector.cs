using System.Security.Cryptography;
using System.Text;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// Encrypts personal data at rest (ADR 0042): resident ID numbers and phone numbers in every module's tables, and the
/// payloads of the outbox and inbox. AES-256-GCM with a synthetic nonce, the HMAC-SHA256 of the plaintext under a
/// second key: the same value always gives the same ciphertext, so a lookup by ID number is an equality on the
/// column and needs no separate hash column (the nonce is that keyed hash). Both keys come from one configured master
/// key; a stored value reads <c>pd1:</c> + base64(nonce ‖ ciphertext ‖ tag). A value without the prefix is a row
/// written before encryption and is read as it is until <see cref="PersonalDataUpgrade"/> encrypts it.
/// </summary>
public sealed class PersonalDataProtector
{
    public const string Prefix = "pd1:";

    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Lazy<Keys> keys;

    private PersonalDataProtector(Func<byte[]> masterKey) =>
        keys = new Lazy<Keys>(() => Keys.Derive(masterKey()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A protector over a 32-byte master key.</summary>
    public static PersonalDataProtector FromKey(byte[] masterKey)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        if (masterKey.Length != 32)
        {
            throw new ArgumentException("The personal-data key must be 32 bytes (base64 of 32 random bytes).", nameof(masterKey));
        }

        var copy = (byte[])masterKey.Clone();
        return new PersonalDataProtector(() => copy);
    }

    /// <summary>A protector whose key is read on first use, so building a model never touches key material.</summary>
    public static PersonalDataProtector Deferred(Func<byte[]> masterKey) => new(masterKey);

    /// <summary>
    /// For models that are built but never read or write rows (migrations, the SQL script, the in-sync check): any
    /// attempt to protect or read a value fails.
    /// </summary>
    public static PersonalDataProtector ModelOnly { get; } = new(() =>
        throw new InvalidOperationException("This DbContext was created without a personal-data key: it may build its model, not read or write rows."));

    /// <summary>Tells models built over different keys apart (the model holds the converter, and so the key).</summary>
    public string ModelCacheKey => ReferenceEquals(this, ModelOnly) ? "model-only" : keys.Value.Fingerprint;

    /// <summary>The longest stored form of a value of at most <paramref name="maxLength"/> characters (UTF-8, up to 3 bytes each).</summary>
    public static int StoredLength(int maxLength) => Prefix.Length + (4 * ((NonceSize + TagSize + (3 * maxLength) + 2) / 3));

    public static bool IsProtected(string? stored) => stored is not null && stored.StartsWith(Prefix, StringComparison.Ordinal);

    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var key = keys.Value;
        var clear = Encoding.UTF8.GetBytes(plaintext);
        var sealedValue = new byte[NonceSize + clear.Length + TagSize];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        HMACSHA256.HashData(key.Synthetic, clear).AsSpan(0, NonceSize).CopyTo(nonce);
        using var aes = new AesGcm(key.Encryption, TagSize);
        aes.Encrypt(nonce, clear, sealedValue.AsSpan(NonceSize, clear.Length), sealedValue.AsSpan(NonceSize + clear.Length, TagSize));
        return Prefix + Convert.ToBase64String(sealedValue);
    }

    public string Unprotect(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsProtected(stored))
        {
            return stored;
        }

        var sealedValue = Convert.FromBase64String(stored[Prefix.Length..]);
        if (sealedValue.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("A stored personal-data value is too short to be one this service wrote.");
        }

        var length = sealedValue.Length - NonceSize - TagSize;
        var clear = new byte[length];
        using var aes = new AesGcm(keys.Value.Encryption, TagSize);
        aes.Decrypt(sealedValue.AsSpan(0, NonceSize), sealedValue.AsSpan(NonceSize, length), sealedValue.AsSpan(NonceSize + length, TagSize), clear);
        return Encoding.UTF8.GetString(clear);
    }

    private sealed record Keys(byte[] Encryption, byte[] Synthetic, string Fingerprint)
    {
        public static Keys Derive(byte[] master)
        {
            var encryption = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "monolith personal data: encryption"u8.ToArray());
            var synthetic = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "monolith personal data: synthetic nonce"u8.ToArray());
            var fingerprint = Convert.ToHexString(HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 8, info: "monolith personal data: fingerprint"u8.ToArray()));
            return new Keys(encryption, synthetic, fingerprint);
        }
    }
}
