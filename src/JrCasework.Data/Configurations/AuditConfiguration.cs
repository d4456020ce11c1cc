using JrCasework.Domain.Auditing;

namespace JrCasework.Data.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.Subject).HasMaxLength(AuditRecord.MaxSubjectLength);
        builder.Property(a => a.Detail).HasMaxLength(AuditRecord.MaxSubjectLength);
        builder.Property(a => a.Hash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(a => a.Sequence).IsUnique();
        builder.HasIndex(a => new { a.CaseId, a.AtUtc });
        builder.HasIndex(a => new { a.UserId, a.AtUtc });
        builder.HasIndex(a => a.AtUtc);

        // No foreign key to the case: the trail is append-only and outlives whatever happens to the case.
        builder.OwnsMany(a => a.ShownCases, shown =>
        {
            shown.ToTable("AuditShownCases");
            shown.WithOwner().HasForeignKey("AuditRecordId");
            shown.HasKey("AuditRecordId", nameof(AuditShownCase.CaseId));
            shown.Property(s => s.CaseId).ValueGeneratedNever();
            shown.HasIndex(s => s.CaseId);
        });
        builder.Navigation(a => a.ShownCases).HasField("_shownCases").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHead");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Hash).HasMaxLength(64).IsFixedLength();
        builder.HasData(new AuditChainHead { Id = AuditChainHead.TheOne });
    }
}
