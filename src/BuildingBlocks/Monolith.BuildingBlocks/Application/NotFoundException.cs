namespace Monolith.BuildingBlocks.Application;

/// <summary>The thing a request names does not exist, or is not visible to the caller's agency.</summary>
public sealed class NotFoundException(string what, object key) : Exception($"未找到{what}：{key}")
{
    public string What { get; } = what;

    public object Key { get; } = key;
}
