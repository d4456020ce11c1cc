namespace JrCasework.Web.Resources;

/// <summary>Marker for the texts of steps 1 and 2 (the facts, weighing and deciding), in FactsWeighResource.resx (English) and FactsWeighResource.nl.resx (Dutch).</summary>
public sealed class FactsWeighResource;
