using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>Bound from the "PersonalData" configuration section (ADR 0042).</summary>
public sealed class PersonalDataOptions
{
    public const string Section = "PersonalData";

    /// <summary>The master key, base64 of 32 random bytes; production sets it from its secret store.</summary>
    public string? Key { get; set; }

    /// <summary>A file holding the key. Without <see cref="Key"/> or this, the embedded SQLite default keeps one beside the database file.</summary>
    public string? KeyFile { get; set; }
}

/// <summary>Where the personal-data key comes from: configuration, a key file, or (the embedded engine only) one made on first start.</summary>
internal static class PersonalDataKeys
{
    public static PersonalDataProtector CreateProtector(PersonalDataOptions options, ActiveDatabase database) =>
        EF.IsDesignTime ? PersonalDataProtector.ModelOnly : PersonalDataProtector.Deferred(() => Load(options, database));

    internal static byte[] Load(PersonalDataOptions options, ActiveDatabase database)
    {
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            return Decode(options.Key, "PersonalData:Key");
        }

        if (!string.IsNullOrWhiteSpace(options.KeyFile))
        {
            return ReadOrCreate(options.KeyFile);
        }

        if (database.Provider.IsEmbedded)
        {
            // An in-memory database lives no longer than the process, and neither need its key.
            var keyFile = database.Provider.DefaultPersonalDataKeyFile(database.ConnectionString);
            return keyFile is null ? RandomNumberGenerator.GetBytes(32) : ReadOrCreate(keyFile);
        }

        throw new InvalidOperationException(
            "没有配置个人信息加密密钥：请设置 PersonalData:Key（32 字节随机数的 base64）或 PersonalData:KeyFile。The personal-data key is required (PersonalData:Key or PersonalData:KeyFile).");
    }

    /// <summary>Reads the key file, or writes a new random key to it (owner-only) if there is none; two hosts starting together agree on one.</summary>
    private static byte[] ReadOrCreate(string path)
    {
        path = Path.GetFullPath(path);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // File.Move without overwrite is a check and a rename, not atomic: two hosts (or two loads) creating the key
            // at once could each see no file, and the second rename would replace the key the first had already read.
            // One creator at a time, under an exclusive lock on a file beside it (flock, across processes too).
            using var creating = LockBeside(path);
            if (!File.Exists(path))
            {
                CreateKeyFile(path);
            }

            // The key exists now, so nobody needs the lock again: whoever still waits on it (or makes a new one) finds
            // the key and reads it. Whoever holds the lock removes it, so none is left behind.
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(path + ".lock");
            }
        }

        return Decode(File.ReadAllText(path), path);
    }

    private static void CreateKeyFile(string path)
    {
        var draft = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(draft, OwnerOnly(new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write })))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        try
        {
            File.Move(draft, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(draft); // another host made the key first: use theirs
        }
    }

    private static FileStream LockBeside(string path)
    {
        var options = OwnerOnly(new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None });
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path + ".lock", options);
            }
            catch (IOException) when (attempt < 1_000)
            {
                Thread.Sleep(10); // another creator holds it for the few milliseconds a write and a rename take
            }
        }
    }

    /// <summary>A file this creates is readable and writable by its owner only (where the system has such modes).</summary>
    private static FileStreamOptions OwnerOnly(FileStreamOptions options)
    {
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }

    private static byte[] Decode(string value, string source)
    {
        try
        {
            var key = Convert.FromBase64String(value.Trim());
            if (key.Length == 32)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidOperationException($"个人信息加密密钥无效（{source}）：应为 32 字节随机数的 base64。The personal-data key in {source} must be base64 of 32 bytes.");
    }
}
