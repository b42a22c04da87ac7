using ReviewKit.Data;

namespace ReviewKit.Interactive;

/// <summary>
/// One exercise of a notebook, placed right after the section it practises. Its answer is not stored: <see cref="Answer"/>
/// computes it from the data, so it stays right when the data change. An answer is a number (compared within
/// <see cref="Tolerance"/>), a text such as a code or study id (compared ignoring case and surrounding spaces), a
/// <see cref="Stakeholder"/>, or a set of texts (compared ignoring order).
/// </summary>
/// <param name="Id">The exercise's id, <c>NN.K</c>: notebook number and exercise number, e.g. <c>03.1</c>.</param>
/// <param name="Question">The question as the notebook asks it.</param>
/// <param name="Hint">A hint about the method, shown after a wrong answer; it names neither the formula nor the answer.</param>
/// <param name="Answer">Computes the answer from the data.</param>
/// <param name="Tolerance">For numbers: how far an answer may be from the computed one and still be right.</param>
public sealed record Exercise(string Id, string Question, string Hint, Func<ExerciseData, object> Answer, double Tolerance = 0)
{
    /// <summary>
    /// An answer of the form the question asks for, written as the C# a learner puts in place of <c>null</c>, e.g.
    /// <c>["LO1", "LO2"]</c>, <c>"UC1"</c> or <c>Stakeholder.Learners</c>; never the right answer. Where the question shows a
    /// form (after "e.g."), this is the form it shows. Null when the answer is a number, which needs no example.
    /// </summary>
    public string? Example { get; init; }
}
