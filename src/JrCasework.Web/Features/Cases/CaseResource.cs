namespace JrCasework.Web.Features.Cases;

/// <summary>
/// Marker for the texts of cases: my cases, opening a case, the case page with its JR card and four steps, the print view, similar cases, in CaseResource.resx (English) and CaseResource.nl.resx (Dutch) beside it.
/// </summary>
public sealed class CaseResource;
