namespace JrCasework.Web.Resources;

/// <summary>Marker for the shared UI texts in SharedResource.resx (English) and SharedResource.nl.resx (Dutch).</summary>
public sealed class SharedResource;
