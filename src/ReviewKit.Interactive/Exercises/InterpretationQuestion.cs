using ReviewKit.Data;
using ReviewKit.Reliability;

namespace ReviewKit.Interactive;

/// <summary>
/// A question with no single right answer: what a result means, what it cannot show, what to do next. The learner
/// writes an answer in words; only then does <see cref="Exercises.Check(string, object?, ReviewDataset?, IReadOnlyList{Coder}?)"/>
/// show the model answer, to compare with.
/// </summary>
/// <param name="Id">The question's id, <c>NN.K</c>, in the same series as the notebook's exercises.</param>
/// <param name="Question">The question as the notebook asks it.</param>
/// <param name="ModelAnswer">What a good answer says; shown only once the learner has written one.</param>
public sealed record InterpretationQuestion(string Id, string Question, string ModelAnswer);
