using JrCasework.Data;
using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.IntegrationTests.Dashboard;

/// <summary>
/// The demo organisation, plus three units of our own on a pinned clock: Dash Assembly (Anna) and
/// Dash Packing (Bert), managed by Dirk; Dash Cleaning (Carl), which Dirk does not manage. Cases are
/// walked through the domain with their own dates, so follow-ups can lie in the past.
/// </summary>
public sealed class DashboardFixture() : CasebookFixture(Now)
{
    public const string ManagerEmail = "dirk.dashboard@example.com";
    public const string ManagerWithoutUnitsEmail = "nina.nounits@example.com";

    /// <summary>Planted in every free text and name of the cases; it must never reach the dashboard.</summary>
    public const string Marker = "ZEBRA-CONTENT-7731";

    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public Dictionary<string, int> CaseIds { get; } = [];

    public Dictionary<string, string> References { get; } = [];

    protected override async Task BuildAsync(JrCaseworkDbContext db, UserManager<ApplicationUser> users)
    {
        var root = await db.OrgUnits.SingleAsync(u => u.Name == DemoData.OrganisationName);
        var units = new[] { "Dash Assembly", "Dash Packing", "Dash Cleaning" }.Select(name => new OrgUnit(name, root.Id)).ToArray();
        db.OrgUnits.AddRange(units);
        await db.SaveChangesAsync();
        var (assembly, packing, cleaning) = (units[0].Id, units[1].Id, units[2].Id);

        UserIds["dirk"] = await CreateUserAsync(users, ManagerEmail, "Dirk Dashboard", Roles.Manager, root.Id, assembly, packing);
        UserIds["nina"] = await CreateUserAsync(users, ManagerWithoutUnitsEmail, "Nina Nounits", Roles.Manager, root.Id);
        UserIds["anna"] = await CreateUserAsync(users, "anna.dashboard@example.com", "Anna Aarts", Roles.Supervisor, assembly);
        UserIds["bert"] = await CreateUserAsync(users, "bert.dashboard@example.com", "Bert Bos", Roles.Supervisor, packing);
        UserIds["carl"] = await CreateUserAsync(users, "carl.dashboard@example.com", "Carl Claes", Roles.Supervisor, cleaning);

        var employees = new[] { ("D-9001", assembly), ("D-9002", packing), ("D-9003", cleaning) }
            .Select(e => new Employee($"Emma {Marker}", e.Item1, e.Item2, null)).ToArray();
        db.Employees.AddRange(employees);
        await db.SaveChangesAsync();

        var anna = new Owner(UserIds["anna"], assembly, employees[0].Id);
        var bert = new Owner(UserIds["bert"], packing, employees[1].Id);
        var carl = new Owner(UserIds["carl"], cleaning, employees[2].Id);

        // A1: step 4 since 1 Nov. Checked on time 5 Nov; missed 10 Nov; due this week 27 Nov; later 10 Dec.
        var a1 = ToCheckResults(anna, On(2026, 10, 20), On(2026, 11, 1));
        Schedule(a1, anna, On(2026, 11, 1), (2026, 11, 5), (2026, 11, 10), (2026, 11, 27), (2026, 12, 10));
        Check(a1, anna, 1, On(2026, 11, 5, hour: 16));

        // A2: step 4 since 1 Oct. 15 Oct checked late on 20 Oct; 20 Nov cancelled; 24 Nov missed; 25 Nov is today.
        var a2 = ToCheckResults(anna, On(2026, 9, 20), On(2026, 10, 1));
        Schedule(a2, anna, On(2026, 10, 1), (2026, 10, 15), (2026, 11, 20), (2026, 11, 24), (2026, 11, 25));
        Check(a2, anna, 1, On(2026, 10, 20));
        a2.CancelFollowUp(2, $"Holiday {Marker}", new Actor(anna.UserId, On(2026, 11, 2)));

        // A3: opened two days ago, gathering facts.
        var a3 = Open(anna, On(2026, 11, 23));
        a3.StartGettingFacts(new Actor(anna.UserId, On(2026, 11, 23)));

        // A4: closed in September, after a check a day before its date (on time).
        var a4 = ToCheckResults(anna, On(2026, 8, 20), On(2026, 9, 1));
        Schedule(a4, anna, On(2026, 9, 1), (2026, 9, 10));
        Check(a4, anna, 1, On(2026, 9, 9));
        a4.Close(new OutcomeInput(ObjectiveMet.Yes, true, $"Helped {Marker}", $"Lesson {Marker}"), new Actor(anna.UserId, On(2026, 9, 15)));

        // B1: referred to Dirk, step 4 since 1 Aug; due Sunday 29 Nov (this week) and Monday 30 Nov (next week).
        var b1 = ToCheckResults(bert, On(2026, 7, 20), On(2026, 8, 1), referTo: UserIds["dirk"]);
        Schedule(b1, bert, On(2026, 11, 20), (2026, 11, 29), (2026, 11, 30));

        // B2: weighing and deciding since 15 Nov.
        var b2 = Open(bert, On(2026, 11, 5));
        b2.StartGettingFacts(new Actor(bert.UserId, On(2026, 11, 5)));
        b2.StartWeighing(new Actor(bert.UserId, On(2026, 11, 15)), $"Enough for now {Marker}");

        // C1: an overdue follow-up in a unit Dirk does not manage.
        var c1 = ToCheckResults(carl, On(2026, 10, 1), On(2026, 10, 10));
        Schedule(c1, carl, On(2026, 10, 10), (2026, 11, 1));

        var cases = new Dictionary<string, JrCase> { ["A1"] = a1, ["A2"] = a2, ["A3"] = a3, ["A4"] = a4, ["B1"] = b1, ["B2"] = b2, ["C1"] = c1 };
        db.Cases.AddRange(cases.Values);
        await db.SaveChangesAsync();
        foreach (var (name, @case) in cases)
        {
            CaseIds[name] = @case.Id;
            References[name] = @case.Reference;
        }
    }

    private static DateTime On(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    private JrCase Open(Owner owner, DateTime at) =>
        OpenCase(owner, $"Title {Marker}", 1, ProblemOrigin.CameUp, $"Objective {Marker}", $"Emma {Marker}", at);

    /// <summary>Opens a case at <paramref name="opened"/> and walks it into step 4 at <paramref name="inStep4"/>.</summary>
    private JrCase ToCheckResults(Owner owner, DateTime opened, DateTime inStep4, string? referTo = null)
    {
        var @case = Open(owner, opened);
        var by = new Actor(owner.UserId, opened);
        var weighed = new Weighing(Effect.Positive, $"Note {Marker}");
        @case.StartGettingFacts(by);
        @case.AddFact(FactKind.Record, $"Source {Marker}", DateOnly.FromDateTime(opened), $"Fact {Marker}", by);
        @case.StartWeighing(by, $"Reason {Marker}");
        @case.AddPossibleAction(new PossibleActionInput($"Option one {Marker}", weighed, weighed, weighed, true), by);
        @case.AddPossibleAction(new PossibleActionInput($"Option two {Marker}", weighed, weighed, weighed, true), by);
        @case.Decide([1], $"Rationale {Marker}", by);
        var handling = referTo is null ? Handling.Myself : Handling.ReferredToManager;
        @case.PlanAction(new ActionPlanInput(handling, null, referTo, "Monday", "Office", $"Explained {Marker}"), by);
        @case.StartCheckingResults(new Actor(owner.UserId, inStep4));
        return @case;
    }

    private static void Schedule(JrCase @case, Owner owner, DateTime at, params (int Year, int Month, int Day)[] dates)
    {
        foreach (var (year, month, day) in dates)
        {
            @case.ScheduleFollowUps(new DateOnly(year, month, day), null, new Actor(owner.UserId, at));
        }
    }

    private static void Check(JrCase @case, Owner owner, int followUp, DateTime at) =>
        @case.RecordCheck(followUp, new CheckObservation($"Output {Marker}", $"Attitude {Marker}", null, $"Note {Marker}"), new Actor(owner.UserId, at));
}
