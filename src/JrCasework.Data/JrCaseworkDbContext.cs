using JrCasework.Domain.Auditing;
using JrCasework.Domain.Foundations;
using JrCasework.Domain.Reminders;
using JrCasework.Domain.Reviews;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace JrCasework.Data;

/// <summary>The one database of JR Casework: identity, organisation, cases, reminders and the audit log.</summary>
public sealed class JrCaseworkDbContext(DbContextOptions<JrCaseworkDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The data-protection key ring, when instances share it through the database (PostgreSQL).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Every sign-in, for checking it on each request and showing the user their recent ones.</summary>
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>Passkey challenges already answered, so none is answered twice (decision 031).</summary>
    public DbSet<UsedPasskeyChallenge> UsedPasskeyChallenges => Set<UsedPasskeyChallenge>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<ManagedOrgUnit> ManagedOrgUnits => Set<ManagedOrgUnit>();

    public DbSet<JrCase> Cases => Set<JrCase>();

    public DbSet<CaseCategory> CaseCategories => Set<CaseCategory>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<CaseHistoryEntry> CaseHistory => Set<CaseHistoryEntry>();

    public DbSet<AuditRecord> AuditLog => Set<AuditRecord>();

    /// <summary>Where the audit log's hash chain ends (one row).</summary>
    public DbSet<AuditChainHead> AuditChainHead => Set<AuditChainHead>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();

    public DbSet<CaseReview> CaseReviews => Set<CaseReview>();

    public DbSet<FoundationMoment> FoundationMoments => Set<FoundationMoment>();

    public DbSet<FoundationMomentEmployee> FoundationMomentEmployees => Set<FoundationMomentEmployee>();

    /// <summary>The case with every part loaded, for reading or changing it as a whole.</summary>
    public IQueryable<JrCase> CasesWithParts => Cases
        .Include(c => c.Employees).Include(c => c.Facts).Include(c => c.PossibleActions).Include(c => c.Decisions)
        .Include(c => c.ActionPlans).Include(c => c.ActionItems).Include(c => c.FollowUps).Include(c => c.Outcomes)
        .Include(c => c.Overrides).Include(c => c.History).Include(c => c.StepTimes)
        .AsSplitQuery();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardChanges();
        var records = AuditRecordsToSeal();
        if (records.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var ownTransaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        AuditChain.Seal(this, records);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        ownTransaction?.Commit();
        return saved;
    }

    /// <summary>
    /// Saves, after <see cref="GuardChanges"/>; new audit records are sealed into the chain (<see cref="AuditChain"/>) in
    /// the same transaction, the caller's or one of its own.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardChanges();
        var records = AuditRecordsToSeal();
        if (records.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await AuditChain.SealAsync(this, records, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    private List<AuditRecord> AuditRecordsToSeal() =>
        [.. ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added && e.Entity.Sequence is null).Select(e => e.Entity)];

    /// <summary>
    /// One look at what is about to be saved: the case history and the audit log only grow (changing or deleting an
    /// entry is a bug), and no text is longer than its column or holds a control character (<see cref="StoredText"/>).
    /// </summary>
    private void GuardChanges()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is CaseHistoryEntry or AuditRecord or AuditShownCase && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} is append-only: entries are never changed or removed.");
            }

            StoredText.Guard(entry);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        MapPasskeys(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(JrCaseworkDbContext).Assembly);
    }

    /// <summary>
    /// Passkeys (decision 031) as Identity's third schema maps them. Identity picks its schema from the app's options,
    /// which a context made at design time or by a tool does not have; mapping the one table here keeps every context's
    /// model, and so the migrations, the same.
    /// </summary>
    private static void MapPasskeys(ModelBuilder builder)
    {
        builder.Entity<IdentityUserPasskey<string>>(passkey =>
        {
            passkey.ToTable("AspNetUserPasskeys");
            passkey.HasKey(p => p.CredentialId);
            // WebAuthn allows credential ids of at most 1023 bytes.
            passkey.Property(p => p.CredentialId).HasMaxLength(1024);
            passkey.OwnsOne(p => p.Data).ToJson();
            passkey.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).IsRequired();
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(80);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
