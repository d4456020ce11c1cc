namespace JrCasework.Web.Resources;

/// <summary>Marker for the texts of steps 3 and 4, the closed case and the history, in ActionCheckResource.resx (English) and ActionCheckResource.nl.resx (Dutch).</summary>
public sealed class ActionCheckResource;
