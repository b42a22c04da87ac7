namespace ReviewKit.Robustness;

/// <summary>How the simulated coder of <see cref="SimulatedCoder"/> treats one code.</summary>
/// <param name="CodeId">The code.</param>
/// <param name="Prevalence">p, the share of the studies the original coding gives the code.</param>
/// <param name="PresentToAbsent">The chance that the simulated coder leaves out the code where the original gives it: r(1 − p).</param>
/// <param name="AbsentToPresent">The chance that the simulated coder gives the code where the original does not: r·p.</param>
public sealed record CodeRecoding(string CodeId, double Prevalence, double PresentToAbsent, double AbsentToPresent);
