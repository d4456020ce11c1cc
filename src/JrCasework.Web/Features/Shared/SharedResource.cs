namespace JrCasework.Web.Features.Shared;

/// <summary>
/// Marker for the texts of what every page shares: the app's frame and navigation, common buttons, roles, validation, sign-in and account pages, in SharedResource.resx (English) and SharedResource.nl.resx (Dutch) beside it.
/// </summary>
public sealed class SharedResource;
