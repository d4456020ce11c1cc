namespace JrCasework.Web.Resources;

/// <summary>
/// Marker for the texts of the HR reports (page, print view), in ReportResource.resx (English) and
/// ReportResource.nl.resx (Dutch) beside it. The namespace is the one every resource marker uses,
/// so the resources are found under that name and the localisation tests check these too.
/// </summary>
public sealed class ReportResource;
