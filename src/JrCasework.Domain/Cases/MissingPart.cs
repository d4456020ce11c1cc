namespace JrCasework.Domain.Cases;

/// <summary>A part of the whole story that step 1 has not covered yet.</summary>
/// <param name="Kind">The kind of fact that is missing.</param>
/// <param name="EmployeeName">For a missing conversation: with whom.</param>
public sealed record MissingPart(FactKind Kind, string? EmployeeName = null)
{
    public override string ToString() => EmployeeName is null ? Kind.ToString() : $"{Kind} with {EmployeeName}";
}
