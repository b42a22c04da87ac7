namespace ReviewKit.Data;

/// <summary>The four stakeholders of the micro-credentials ecosystem the paper codes for.</summary>
public enum Stakeholder
{
    /// <summary>Learners (codes LC*, LO*).</summary>
    Learners,

    /// <summary>Employers (codes EC*, EO*).</summary>
    Employers,

    /// <summary>Higher-education institutions (codes UC*, UO*).</summary>
    HigherEducation,

    /// <summary>Government bodies (codes GC*, GO*).</summary>
    Government,
}
