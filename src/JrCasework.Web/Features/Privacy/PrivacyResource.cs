namespace JrCasework.Web.Features.Privacy;

/// <summary>Marker for the texts of legal holds, in PrivacyResource.resx (English) and PrivacyResource.nl.resx (Dutch) beside it.</summary>
public sealed class PrivacyResource;
