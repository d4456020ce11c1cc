namespace JrCasework.Web.Resources;

/// <summary>Marker for the texts of HR's outcome list, its CSV export and the review of a case, in ReviewResource.resx (English) and ReviewResource.nl.resx (Dutch).</summary>
public sealed class ReviewResource;
