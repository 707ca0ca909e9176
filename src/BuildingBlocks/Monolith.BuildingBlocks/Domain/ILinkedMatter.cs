namespace Monolith.BuildingBlocks.Domain;

/// <summary>
/// A record that belongs to a worker's matter. The unit of work notes the linkage numbers of the records it touches,
/// so every command is audited under the matter it acted on, whatever ids its request carried.
/// </summary>
public interface ILinkedMatter
{
    string LinkageNumber { get; }
}
