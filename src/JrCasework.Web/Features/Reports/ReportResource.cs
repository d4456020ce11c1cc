namespace JrCasework.Web.Features.Reports;

/// <summary>
/// Marker for the texts of the HR reports: page, print view and CSV, in ReportResource.resx (English) and ReportResource.nl.resx (Dutch) beside it.
/// </summary>
public sealed class ReportResource;
