namespace ReviewKit.Data;

/// <summary>Whether a code names a challenge or an opportunity.</summary>
public enum Polarity
{
    /// <summary>A challenge (codes xC*).</summary>
    Challenge,

    /// <summary>An opportunity (codes xO*).</summary>
    Opportunity,
}
