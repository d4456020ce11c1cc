namespace JrCasework.Web.Resources;

/// <summary>
/// Marker for the texts of the manager dashboard, in DashboardResource.resx (English) and
/// DashboardResource.nl.resx (Dutch) beside it. The namespace is the one every resource marker uses,
/// so the resources are found under that name and the localisation tests check these too.
/// </summary>
public sealed class DashboardResource;
