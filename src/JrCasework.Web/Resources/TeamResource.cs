namespace JrCasework.Web.Resources;

/// <summary>Marker for the texts of "My team", the log dialog, a person's page and the manager's foundations view, in TeamResource.resx (English) and TeamResource.nl.resx (Dutch).</summary>
public sealed class TeamResource;
