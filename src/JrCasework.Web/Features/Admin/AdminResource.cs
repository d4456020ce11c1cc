namespace JrCasework.Web.Features.Admin;

/// <summary>
/// Marker for the texts of the administration: users, org units, employees and their import, case categories, the mail outbox, in AdminResource.resx (English) and AdminResource.nl.resx (Dutch) beside it.
/// </summary>
public sealed class AdminResource;
