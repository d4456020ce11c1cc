namespace JrCasework.Web.Features.Dashboard;

/// <summary>
/// Marker for the texts of the manager dashboard, in DashboardResource.resx (English) and DashboardResource.nl.resx (Dutch) beside it.
/// </summary>
public sealed class DashboardResource;
