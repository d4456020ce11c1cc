using JrCasework.Domain.Reviews;

namespace JrCasework.Data.Configurations;

internal sealed class CaseReviewConfiguration : IEntityTypeConfiguration<CaseReview>
{
    public void Configure(EntityTypeBuilder<CaseReview> builder)
    {
        builder.ToTable("CaseReviews");
        builder.HasIndex(r => r.CaseId).IsUnique();
        builder.HasIndex(r => r.IsGoodExample);
        builder.Property(r => r.Remarks).HasMaxLength(CaseReview.MaxTextLength);
        builder.Property(r => r.Advice).HasMaxLength(CaseReview.MaxTextLength);
        builder.Property(r => r.ReviewerUserId).HasMaxLength(450);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Assessment);
        builder.HasOne<JrCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
