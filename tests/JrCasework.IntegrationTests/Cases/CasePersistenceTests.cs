namespace JrCasework.IntegrationTests.Cases;

public sealed class CasePersistenceTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Fact]
    public async Task ACaseWalkedThroughEveryStep_ToClosed_ReadsBackWhole()
    {
        var opened = await fixture.OpenSannesCaseAsync();
        var managerless = await CaseWalk.ToTakeActionAsync(fixture, opened.Id);
        Assert.Equal(CaseStep.TakeAction, managerless.Step);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await CaseWalk.ChangeAsync(fixture, opened.Id, "plan", (c, by) =>
            c.PlanAction(new ActionPlanInput(Handling.MyselfWithHelp, "Planner Ria", null, "Monday 8:00", "Canteen", "Explained the bus problem and the new start"), by));
        await CaseWalk.ChangeAsync(fixture, opened.Id, "item.add", (c, by) => c.AddActionItem("Change the roster", "Ria", today.AddDays(3), by));
        await CaseWalk.ChangeAsync(fixture, opened.Id, "check.start", (c, by) => c.StartCheckingResults(by));
        await CaseWalk.ChangeAsync(fixture, opened.Id, "followup.schedule", (c, by) =>
            c.ScheduleFollowUps(today.AddDays(7), new Recurrence(2, RecurrenceUnit.Weeks, Count: 2), by));
        await CaseWalk.ChangeAsync(fixture, opened.Id, "followup.check", (c, by) =>
            c.RecordCheck(1, new CheckObservation("On time every day", "Relieved", "Team calmer", null), by));
        var closed = await CaseWalk.ChangeAsync(fixture, opened.Id, "close", (c, by) =>
            c.Close(new OutcomeInput(ObjectiveMet.Yes, true, "Output steady", "Ask about commuting early"), by));

        await using var sanne = await fixture.AsAsync(DemoData.SupervisorProduction.Email);
        var read = await sanne.Get<CaseService>().GetAsync(opened.Id);
        Assert.Equal(CaseStep.Closed, read.Step);
        Assert.NotNull(read.ClosedAtUtc);
        Assert.Equal(DateTimeKind.Utc, read.OpenedAtUtc.Kind);
        Assert.Equal(4, read.Facts.Count);
        Assert.Equal("Jan Smit", read.Employees.Single().Name);
        Assert.Single(read.Facts, f => f.Kind == FactKind.Conversation && f.ConversationWithEmployeeId == read.Employees.Single().EmployeeId);
        Assert.Equal([1], read.Decisions.Single().ChosenActionNumbers);
        Assert.Equal(Effect.Negative, read.PossibleActions.Single(a => a.Number == 2).EffectOnIndividual);
        Assert.Equal("Planner Ria", read.ActionPlans.Single().HelperName);
        Assert.Equal([FollowUpStatus.Done, FollowUpStatus.Cancelled, FollowUpStatus.Cancelled], read.FollowUps.OrderBy(f => f.Number).Select(f => f.Status));
        Assert.Equal([today.AddDays(7), today.AddDays(21), today.AddDays(35)], read.FollowUps.OrderBy(f => f.Number).Select(f => f.DueOn));
        Assert.Equal(ObjectiveMet.Yes, read.FinalOutcome!.ObjectiveMet);
        Assert.Equal(closed.Version, read.Version);
        Assert.Equal(CaseEvent.Opened, read.History.OrderBy(h => h.Id).First().Event);
        Assert.Equal(CaseEvent.Closed, read.History.OrderBy(h => h.Id).Last().Event);
    }

    [Fact]
    public async Task ReferenceNumbers_AreSequentialWithinTheYear()
    {
        var first = await fixture.OpenSannesCaseAsync("First");
        var second = await fixture.OpenSannesCaseAsync("Second");

        Assert.Matches(@"^JR-\d{4}-\d{4}$", first.Reference);
        Assert.Equal(DateTime.UtcNow.Year, first.ReferenceYear);
        Assert.Equal(first.ReferenceSequence + 1, second.ReferenceSequence);
    }

    [Fact]
    public async Task TwoContextsSavingTheSameCase_TheSecondGetsAConflict()
    {
        var opened = await fixture.OpenSannesCaseAsync();
        await using var first = fixture.CreateDbContext();
        await using var second = fixture.CreateDbContext();
        var mine = await first.CasesWithParts.SingleAsync(c => c.Id == opened.Id);
        var theirs = await second.CasesWithParts.SingleAsync(c => c.Id == opened.Id);

        mine.ChangeObjective("Mine", new Actor("someone", DateTime.UtcNow));
        theirs.ChangeObjective("Theirs", new Actor("someone else", DateTime.UtcNow));
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = fixture.CreateDbContext();
        Assert.Equal("Mine", await check.Cases.Where(c => c.Id == opened.Id).Select(c => c.Objective).SingleAsync());
    }

    [Fact]
    public async Task AChangeBasedOnAnOldVersion_IsAConflict_AndChangesNothing()
    {
        var opened = await fixture.OpenSannesCaseAsync();
        await CaseWalk.ChangeAsync(fixture, opened.Id, "objective.change", (c, by) => c.ChangeObjective("First edit", by));
        await using var sanne = await fixture.AsAsync(DemoData.SupervisorProduction.Email);

        await Assert.ThrowsAsync<CaseConflictException>(() =>
            sanne.Get<CaseService>().ChangeAsync(opened.Id, opened.Version, "objective.change", (c, by) => c.ChangeObjective("Stale edit", by)));

        Assert.Equal("First edit", (await sanne.Get<CaseService>().GetAsync(opened.Id)).Objective);
    }

    [Fact]
    public async Task AnEdit_KeepsThePreviousVersionInTheStoredHistory()
    {
        var opened = await fixture.OpenSannesCaseAsync();

        await CaseWalk.ChangeAsync(fixture, opened.Id, "objective.change", (c, by) => c.ChangeObjective("Sharper objective", by));

        await using var db = fixture.CreateDbContext();
        var entry = await db.CaseHistory.Where(h => EF.Property<int>(h, "CaseId") == opened.Id && h.Event == CaseEvent.ObjectiveChanged).SingleAsync();
        Assert.Equal("Jan is on time again", entry.PreviousValue);
    }

    [Fact]
    public async Task TheHistory_CannotBeChangedOrDeleted()
    {
        var opened = await fixture.OpenSannesCaseAsync();
        await using var db = fixture.CreateDbContext();
        var entry = await db.CaseHistory.FirstAsync(h => EF.Property<int>(h, "CaseId") == opened.Id);

        db.CaseHistory.Remove(entry);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
