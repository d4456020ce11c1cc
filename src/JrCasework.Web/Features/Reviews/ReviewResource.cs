namespace JrCasework.Web.Features.Reviews;

/// <summary>
/// Marker for the texts of HR's outcomes list and case review, in ReviewResource.resx (English) and ReviewResource.nl.resx (Dutch) beside it.
/// </summary>
public sealed class ReviewResource;
