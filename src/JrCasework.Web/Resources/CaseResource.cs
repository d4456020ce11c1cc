namespace JrCasework.Web.Resources;

/// <summary>Marker for the casework texts: the card's steps, prompts and cautions, rule messages, case page labels.</summary>
public sealed class CaseResource;
