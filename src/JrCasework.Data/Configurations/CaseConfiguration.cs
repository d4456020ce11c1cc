namespace JrCasework.Data.Configurations;

/// <summary>The case aggregate: the case row and its parts, each part table keyed to the case.</summary>
internal sealed class JrCaseConfiguration : IEntityTypeConfiguration<JrCase>
{
    public void Configure(EntityTypeBuilder<JrCase> builder)
    {
        builder.ToTable("Cases");
        builder.Property(c => c.Reference).HasMaxLength(20);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => new { c.ReferenceYear, c.ReferenceSequence }).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(TextLimit.Name);
        builder.Property(c => c.Objective).HasMaxLength(TextLimit.Long);
        builder.Property(c => c.OwnerUserId).HasMaxLength(450);
        builder.Property(c => c.ReferredToUserId).HasMaxLength(450);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.HoldReason).HasMaxLength(TextLimit.Short);
        builder.Property(c => c.HoldByUserId).HasMaxLength(450);
        builder.Ignore(c => c.IsOnHold);

        // HR's list of cases on legal hold.
        builder.HasIndex(c => c.HoldSinceUtc);

        // The lists and dashboards: a supervisor's cases, a unit's cases per step, referred cases.
        builder.HasIndex(c => new { c.OwnerUserId, c.Step });
        builder.HasIndex(c => new { c.OrgUnitId, c.Step });
        builder.HasIndex(c => c.ReferredToUserId);
        // The outcome list: cases closed in a period, with what its sorts need. A SQLite index carries the row id, so
        // the index alone answers; PostgreSQL's needs the columns included, or it reads a table page for every case.
        builder.HasIndex(c => c.ClosedAtUtc).IncludeProperties(c => new { c.Id, c.OpenedAtUtc });

        // Similar cases: the most recently closed cases of a category.
        builder.HasIndex(c => new { c.CategoryId, c.ClosedAtUtc });

        builder.HasOne<CaseCategory>().WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);

        Part(builder.HasMany(c => c.Employees));
        Part(builder.HasMany(c => c.Facts));
        Part(builder.HasMany(c => c.PossibleActions));
        Part(builder.HasMany(c => c.Decisions));
        Part(builder.HasMany(c => c.ActionPlans));
        Part(builder.HasMany(c => c.ActionItems));
        Part(builder.HasMany(c => c.FollowUps));
        Part(builder.HasMany(c => c.Outcomes));
        Part(builder.HasMany(c => c.Overrides));
        Part(builder.HasMany(c => c.History));
        Part(builder.HasMany(c => c.StepTimes));

        builder.Ignore(c => c.IsClosed);
        builder.Ignore(c => c.CurrentDecision);
        builder.Ignore(c => c.CurrentPlan);
        builder.Ignore(c => c.FinalOutcome);
        builder.Ignore(c => c.NextFollowUp);
        builder.Ignore(c => c.CurrentFollowUps);
    }

    // EF finds the backing fields (_facts, ...) by convention and fills them directly.
    private static void Part<TPart>(CollectionNavigationBuilder<JrCase, TPart> part)
        where TPart : class =>
        part.WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
}

internal sealed class CaseEmployeeConfiguration : IEntityTypeConfiguration<CaseEmployee>
{
    public void Configure(EntityTypeBuilder<CaseEmployee> builder)
    {
        builder.ToTable("CaseEmployees");
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.HasIndex(e => e.EmployeeId);
        builder.HasOne<Employee>().WithMany().HasForeignKey(e => e.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FactConfiguration : IEntityTypeConfiguration<Fact>
{
    public void Configure(EntityTypeBuilder<Fact> builder)
    {
        builder.ToTable("CaseFacts");
        builder.Property(f => f.Source).HasMaxLength(TextLimit.Name);
        builder.Property(f => f.Text).HasMaxLength(TextLimit.Long);
        builder.Property<int>("CaseId");
        builder.HasIndex("CaseId", nameof(Fact.Number)).IsUnique();
    }
}

internal sealed class PossibleActionConfiguration : IEntityTypeConfiguration<PossibleAction>
{
    public void Configure(EntityTypeBuilder<PossibleAction> builder)
    {
        builder.ToTable("CasePossibleActions");
        builder.Property(a => a.Description).HasMaxLength(TextLimit.Description);
        builder.Property<int>("CaseId");
        builder.HasIndex("CaseId", nameof(PossibleAction.Number)).IsUnique();
        builder.Ignore(a => a.IsWeighed);
        builder.Ignore(a => a.IsEffectWeighed);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("CaseDecisions");
        builder.Property(d => d.Rationale).HasMaxLength(TextLimit.Long);
        builder.PrimitiveCollection(d => d.ChosenActionNumbers).HasField("_chosenActionNumbers").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder) => builder.ToTable("CaseActionPlans");
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.ToTable("CaseActionItems");
        builder.Property<int>("CaseId");
        builder.HasIndex("CaseId", nameof(ActionItem.Number)).IsUnique();
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.ToTable("CaseFollowUps");
        builder.Property<int>("CaseId");
        builder.HasIndex("CaseId", nameof(FollowUp.Number)).IsUnique();

        // Reminders and dashboards look for scheduled follow-ups by due date.
        builder.HasIndex(f => new { f.Status, f.DueOn });

        // Completion figures (dashboard, reports) read a unit's follow-ups per case without touching the rows.
        builder.HasIndex("CaseId", nameof(FollowUp.DueOn), nameof(FollowUp.Status), nameof(FollowUp.CheckedAtUtc));
    }
}

internal sealed class LoopOutcomeConfiguration : IEntityTypeConfiguration<LoopOutcome>
{
    public void Configure(EntityTypeBuilder<LoopOutcome> builder) => builder.ToTable("CaseOutcomes");
}

internal sealed class StepOverrideConfiguration : IEntityTypeConfiguration<StepOverride>
{
    public void Configure(EntityTypeBuilder<StepOverride> builder) => builder.ToTable("CaseStepOverrides");
}

internal sealed class CaseHistoryEntryConfiguration : IEntityTypeConfiguration<CaseHistoryEntry>
{
    public void Configure(EntityTypeBuilder<CaseHistoryEntry> builder)
    {
        builder.ToTable("CaseHistory");
        builder.Property(h => h.ByUserId).HasMaxLength(450);
    }
}

internal sealed class CaseCategoryConfiguration : IEntityTypeConfiguration<CaseCategory>
{
    public void Configure(EntityTypeBuilder<CaseCategory> builder)
    {
        builder.ToTable("CaseCategories");
        builder.Property(c => c.Code).HasMaxLength(CaseCategory.MaxCodeLength);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.NameEn).HasMaxLength(CaseCategory.MaxNameLength);
        builder.Property(c => c.NameNl).HasMaxLength(CaseCategory.MaxNameLength);
        builder.HasData(DefaultCategories.All);
    }
}

internal sealed class CaseStepTimeConfiguration : IEntityTypeConfiguration<CaseStepTime>
{
    public void Configure(EntityTypeBuilder<CaseStepTime> builder)
    {
        builder.ToTable("CaseStepTimes");
        builder.Property<int>("CaseId");
        builder.HasIndex("CaseId", nameof(CaseStepTime.Step)).IsUnique();
    }
}
