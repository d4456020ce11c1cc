namespace JrCasework.Web.Resources;

/// <summary>Marker for the texts of the similar-cases panel of step 2, in SimilarResource.resx (English) and SimilarResource.nl.resx (Dutch).</summary>
public sealed class SimilarResource;
