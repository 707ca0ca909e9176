namespace Monolith.BuildingBlocks.Auditing;

/// <summary>
/// Whether this scope (one web request, one job) has recorded its read of personal data yet: a page that shows a
/// record, with the nested reads that fill it, is one access and one audit entry.
/// </summary>
internal sealed class PersonalDataReads
{
    private bool recorded;

    /// <summary>True the first time in the scope; false after.</summary>
    public bool TryBegin()
    {
        if (recorded)
        {
            return false;
        }

        recorded = true;
        return true;
    }
}
