namespace JrCasework.Web.Features.Foundations;

/// <summary>
/// Marker for the texts of the foundations log: my team, a person's page, logging a moment, the manager's foundations view, in FoundationsResource.resx (English) and FoundationsResource.nl.resx (Dutch) beside it.
/// </summary>
public sealed class FoundationsResource;
