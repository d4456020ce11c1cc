namespace JrCasework.Web.Resources;

/// <summary>Marker for the texts of the case list, the new-case form and the conversation preparation, in CaseListResource.resx (English) and CaseListResource.nl.resx (Dutch).</summary>
public sealed class CaseListResource;
