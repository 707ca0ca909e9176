using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Sample.Domain;

/// <summary>A matter opened at the sample agency, with the linkage number it issued.</summary>
internal sealed class SampleMatter : ILinkedMatter
{
    private SampleMatter()
    {
    }

    public Guid Id { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public DateTimeOffset OpenedAt { get; private set; }

    public string OpenedBy { get; private set; } = string.Empty;

    public static SampleMatter Open(Guid id, string linkageNumber, string title, DateTimeOffset at, string by) => new()
    {
        Id = id,
        LinkageNumber = linkageNumber,
        Title = title,
        OpenedAt = at,
        OpenedBy = by,
    };
}
