namespace JrCasework.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.MaxDisplayNameLength);
        builder.Property(u => u.PreferredCulture).HasMaxLength(10);
        builder.Property(u => u.TimeZone).HasMaxLength(64);
        builder.Property(u => u.CalendarTokenHash).HasMaxLength(64);
        builder.Property(u => u.RequestedRole).HasMaxLength(40);
        builder.Property(u => u.RoleRequestedById).HasMaxLength(450);
        builder.HasIndex(u => u.CalendarTokenHash).IsUnique();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.ManagedOrgUnits).WithOne().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ManagedOrgUnitConfiguration : IEntityTypeConfiguration<ManagedOrgUnit>
{
    public void Configure(EntityTypeBuilder<ManagedOrgUnit> builder)
    {
        builder.HasKey(m => new { m.UserId, m.OrgUnitId });
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Method).HasMaxLength(20);
        builder.Property(s => s.ClientAddress).HasMaxLength(64);
        builder.Property(s => s.UserAgent).HasMaxLength(UserSession.MaxUserAgentLength);
        builder.HasIndex(s => new { s.UserId, s.StartedAtUtc });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UsedPasskeyChallengeConfiguration : IEntityTypeConfiguration<UsedPasskeyChallenge>
{
    public void Configure(EntityTypeBuilder<UsedPasskeyChallenge> builder)
    {
        builder.HasKey(c => c.Hash);
        builder.Property(c => c.Hash).HasMaxLength(32);
        builder.HasIndex(c => c.UsedAtUtc);
    }
}
