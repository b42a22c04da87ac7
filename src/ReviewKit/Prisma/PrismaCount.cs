namespace ReviewKit.Prisma;

/// <summary>One count of a PRISMA 2020 flow diagram.</summary>
/// <param name="Stage">The stage; <see cref="PrismaStages.NameOf"/> gives its name in files, e.g. <c>records_screened</c>.</param>
/// <param name="Source">For a stage counted per source: the database (identification) or the reason (exclusion); else null.</param>
/// <param name="N">The count, or null when the review does not report it.</param>
/// <param name="Note">Where the count comes from, or why it is missing.</param>
public sealed record PrismaCount(PrismaStage Stage, string? Source, int? N, string? Note = null);
