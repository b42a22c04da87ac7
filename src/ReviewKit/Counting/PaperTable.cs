using ReviewKit.Data;

namespace ReviewKit.Counting;

/// <summary>One of the paper's summary tables (Tables 1–8): the codes of one stakeholder and polarity.</summary>
/// <param name="Number">The table's number in the paper.</param>
/// <param name="Stakeholder">The stakeholder.</param>
/// <param name="Polarity">Opportunities or challenges.</param>
/// <param name="Caption">The caption as the paper prints it.</param>
public sealed record PaperTable(int Number, Stakeholder Stakeholder, Polarity Polarity, string Caption);
