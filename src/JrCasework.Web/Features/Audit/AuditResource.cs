namespace JrCasework.Web.Features.Audit;

/// <summary>Marker for the texts of the audit trail, in AuditResource.resx (English) and AuditResource.nl.resx (Dutch) beside it.</summary>
public sealed class AuditResource;
