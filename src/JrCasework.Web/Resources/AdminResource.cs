namespace JrCasework.Web.Resources;

/// <summary>Marker for the administration texts in AdminResource.resx (English) and AdminResource.nl.resx (Dutch).</summary>
public sealed class AdminResource;
