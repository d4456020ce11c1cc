using JrCasework.Domain.Reminders;

namespace JrCasework.Data.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("Reminders");

        // The exactly-once guarantee: a second instance writing the same reminder is refused here.
        builder.HasIndex(r => new { r.FollowUpId, r.Kind, r.DueOn }).IsUnique();
        builder.HasOne<FollowUp>().WithMany().HasForeignKey(r => r.FollowUpId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JrCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.CaseReference).HasMaxLength(20);
        builder.Property(n => n.SupervisorName).HasMaxLength(200);
        builder.Ignore(n => n.IsRead);

        // The bell: a user's unread count and latest notifications.
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc });
        builder.HasIndex(n => new { n.UserId, n.CreatedAtUtc });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JrCase>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.ToTable("OutgoingMails");
        builder.Property(m => m.ToAddress).HasMaxLength(ApplicationUser.MaxEmailLength);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.TextBody).HasMaxLength(4000);
        builder.Property(m => m.HtmlBody).HasMaxLength(8000);
        builder.Property(m => m.LastError).HasMaxLength(500);

        // The sender's question: what is pending and due for an attempt.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
    }
}
