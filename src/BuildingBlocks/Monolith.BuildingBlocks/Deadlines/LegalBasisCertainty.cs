namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>How well the legal basis of a rule has been checked (the P/S/N/U codes of deadlines.md §0).</summary>
public enum LegalBasisCertainty
{
    /// <summary>P: the primary text was read in full.</summary>
    Primary = 0,

    /// <summary>S: the article was read in a third-party reproduction.</summary>
    Secondary = 1,

    /// <summary>N: the content is confirmed only by a news report or commentary.</summary>
    NewsReport = 2,

    /// <summary>U: not yet checked against a text; must be checked before release.</summary>
    Unverified = 3,
}
