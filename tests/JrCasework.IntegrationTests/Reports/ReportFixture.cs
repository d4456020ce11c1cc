using JrCasework.Data;
using JrCasework.Data.Identity;
using JrCasework.Web.Features.Reports;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.IntegrationTests.Reports;

/// <summary>
/// A casebook of our own for the HR report, beside the demo organisation, on a pinned clock (Wednesday 25 November
/// 2026, so "last quarter" is 1 July to 30 September). Rpt Organisation holds Rpt Assembly (supervisor Anna) and Rpt
/// Packing (Bert); Hanna is HR for the whole of it, Henk for Packing only. Every case is walked through the domain
/// with whole days between its steps (all at 09:00 UTC), so each figure can be counted by hand from the table below.
/// Every name, employee number and title carries a marker that must never reach a report or an export.
/// </summary>
/// <remarks>
/// <code>
/// case unit cat origin   opened  days in Objective + per loop (Facts Weigh Action Check)   outcome (helped)   follow-ups (due → checked)
/// C1   Asm  1   Saw      1 Jul   1 + (2 3 4 10)                 = 20 → closed 21 Jul  Yes (y)       18 Jul → 18 Jul on time
/// C2   Asm  1   Saw      2 Jul   1 + (2 3 4 20)                 = 30 → closed  1 Aug  Yes (y)       19 Jul on time
/// C3   Asm  1   Saw      3 Jul   2 + (4 6 8 20)                 = 40 → closed 12 Aug  Yes (y)       30 Jul on time
/// C4   Asm  1   CameUp   6 Jul   1 + (2 3 4 30)                 = 40 → closed 15 Aug  Partly (y)    23 Jul → 25 Jul late
/// C5   Asm  1   CameUp   7 Jul   1 + (3 5 7 34)                 = 50 → closed 26 Aug  Yes (y)       30 Jul → 3 Aug late
/// C6   Asm  2   Brought  8 Jul   2 + (5 5 8 40)                 = 60 → closed  6 Sep  Partly (n)    4 Aug on time
/// C7   Asm  2   RanInto  9 Jul   1 + (2 3 4 10) + (5 5 5 35)    = 70 → closed 17 Sep  Yes (y)       26 Jul on time; 20 Aug → 24 Aug late
/// C8   Pck  1   Saw     10 Jul   1 + (4 5 10 40)                = 60 → closed  8 Sep  Yes (y)       6 Aug on time
/// C9   Pck  1   Saw     13 Jul   2 + (5 5 8 20) + (3 3 4 20)    = 70 → closed 21 Sep  Partly (y)    9 Aug → 12 Aug late; 8 Sep on time
/// P1   Pck  1   CameUp   1 Jun   5 + (10 10 15 50)              = 90 → closed 30 Aug  No (n)        18 Jul → 22 Jul late
/// C11  Pck  2   CameUp  15 Jul   1 + (2 3 4 10) + (5 5 5 25)    = 60 → closed 13 Sep  No (n)        1 Aug on time; 20 Sep cancelled by closing
/// C12  Pck  2   Brought 20 Jul   1 + (2 3 4 30)                 = 40 → closed 29 Aug  Yes (y)       3 Sep cancelled by closing
/// D1–D5 Asm 1   CameUp  16, 17, 20, 21, 22 Jul: each 1 + (2 3 4 30) = 40 → closed 25–31 Aug  No (n)   due a week into step 4, checked then (on time)
/// O1   Asm  1   Saw      3 Aug   in step 4 since 20 Aug                                               10 Sep missed
/// O2   Pck  1   Saw     10 Aug   in step 4 since 20 Aug                                               20 Sep missed; 5 Sep cancelled
/// O3   Pck  2   CameUp   1 Sep   in step 1
/// X1   Asm  1   Saw     15 Sep   closed 10 Oct (after the quarter)                                    5 Oct (after the quarter)
/// Y1   Asm  1   CameUp   1 Apr   closed 15 May (before the quarter)                                   18 Apr
/// </code>
/// </remarks>
public sealed class ReportFixture() : CasebookFixture(Now)
{
    public const string HannaEmail = "hanna.report@example.com";
    public const string HenkEmail = "henk.report@example.com";
    public const string AnnaEmail = "anna.report@example.com";

    /// <summary>Planted in the names, employee numbers, titles and texts of the cases; none may reach a report.</summary>
    public static readonly string[] Markers = ["PLANTED-NAME-4471", "PLANTED-NR-8812", "PLANTED-TITLE-5521", "PLANTED-SUPERVISOR-3301", "PLANTED-TEXT-9917"];

    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The quarter the figures are counted for.</summary>
    public static readonly ReportPeriod Quarter = new(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));

    public Dictionary<string, int> UnitIds { get; } = [];

    protected override async Task BuildAsync(JrCaseworkDbContext db, UserManager<ApplicationUser> users)
    {
        var root = new OrgUnit("Rpt Organisation");
        db.OrgUnits.Add(root);
        await db.SaveChangesAsync();
        var assembly = new OrgUnit("Rpt Assembly", root.Id);
        var packing = new OrgUnit("Rpt Packing", root.Id);
        db.OrgUnits.AddRange(assembly, packing);
        await db.SaveChangesAsync();
        (UnitIds["root"], UnitIds["assembly"], UnitIds["packing"]) = (root.Id, assembly.Id, packing.Id);

        UserIds["hanna"] = await CreateUserAsync(users, HannaEmail, "Hanna HR", Roles.Hr, root.Id);
        UserIds["henk"] = await CreateUserAsync(users, HenkEmail, "Henk HR", Roles.Hr, packing.Id);
        UserIds["anna"] = await CreateUserAsync(users, AnnaEmail, $"Anna {Markers[3]}", Roles.Supervisor, assembly.Id);
        UserIds["bert"] = await CreateUserAsync(users, "bert.report@example.com", $"Bert {Markers[3]}", Roles.Supervisor, packing.Id);

        var employees = new[] { ("1", assembly.Id), ("2", packing.Id) }
            .Select(e => new Employee($"Emma {Markers[0]}", $"{Markers[1]}-{e.Item1}", e.Item2, null)).ToArray();
        db.Employees.AddRange(employees);
        await db.SaveChangesAsync();

        var anna = new Owner(UserIds["anna"], assembly.Id, employees[0].Id);
        var bert = new Owner(UserIds["bert"], packing.Id, employees[1].Id);
        const ProblemOrigin saw = ProblemOrigin.SawItComing, cameUp = ProblemOrigin.CameUp, brought = ProblemOrigin.BroughtToMe, ranInto = ProblemOrigin.RanIntoIt;
        const ObjectiveMet yes = ObjectiveMet.Yes, partly = ObjectiveMet.Partly, no = ObjectiveMet.No;

        // Closed in the quarter: Loop(facts, weigh, action, check days, follow-up due after, checked after, outcome, helped).
        List<JrCase> cases =
        [
            Walk(anna, 1, saw, On(7, 1), 1, new Loop(2, 3, 4, 10, 7, 7, yes, true)),
            Walk(anna, 1, saw, On(7, 2), 1, new Loop(2, 3, 4, 20, 7, 7, yes, true)),
            Walk(anna, 1, saw, On(7, 3), 2, new Loop(4, 6, 8, 20, 7, 7, yes, true)),
            Walk(anna, 1, cameUp, On(7, 6), 1, new Loop(2, 3, 4, 30, 7, 9, partly, true)),
            Walk(anna, 1, cameUp, On(7, 7), 1, new Loop(3, 5, 7, 34, 7, 11, yes, true)),
            Walk(anna, 2, brought, On(7, 8), 2, new Loop(5, 5, 8, 40, 7, 7, partly, false)),
            Walk(anna, 2, ranInto, On(7, 9), 1, new Loop(2, 3, 4, 10, 7, 7, no, false), new Loop(5, 5, 5, 35, 7, 11, yes, true)),
            Walk(bert, 1, saw, On(7, 10), 1, new Loop(4, 5, 10, 40, 7, 7, yes, true)),
            Walk(bert, 1, saw, On(7, 13), 2, new Loop(5, 5, 8, 20, 7, 10, partly, true), new Loop(3, 3, 4, 20, 7, 7, partly, true)),
            Walk(bert, 1, cameUp, On(6, 1), 5, new Loop(10, 10, 15, 50, 7, 11, no, false)),
            Walk(bert, 2, cameUp, On(7, 15), 1, new Loop(2, 3, 4, 10, 7, 7, no, false), new Loop(5, 5, 5, 25, 32, null, no, false)),
            Walk(bert, 2, brought, On(7, 20), 1, new Loop(2, 3, 4, 30, 35, null, yes, true)),
            .. new[] { 16, 17, 20, 21, 22 }.Select(day => Walk(anna, 1, cameUp, On(7, day), 1, new Loop(2, 3, 4, 30, 7, 7, no, false))),

            // After and before the quarter.
            Walk(anna, 1, saw, On(9, 15), 1, new Loop(2, 3, 4, 15, 10, 10, yes, true)),
            Walk(anna, 1, cameUp, On(4, 1), 1, new Loop(2, 3, 4, 34, 7, 7, yes, true)),
        ];

        // Still open: two in step 4 with a missed follow-up (and one cancelled), one gathering facts.
        cases.Add(Walk(anna, 1, saw, On(8, 3), 1, new Loop(3, 5, 8, Check: 0, DueAfter: 21, CheckedAfter: null, Outcome: null, Helped: false)));
        var o2 = Walk(bert, 1, saw, On(8, 10), 1, new Loop(2, 3, 4, Check: 0, DueAfter: 31, CheckedAfter: null, Outcome: null, Helped: false));
        var cancelled = o2.ScheduleFollowUps(new DateOnly(2026, 9, 5), null, new Actor(bert.UserId, On(8, 20)))[0];
        o2.CancelFollowUp(cancelled.Number, $"Moved {Markers[4]}", new Actor(bert.UserId, On(9, 1)));
        cases.Add(o2);
        var o3 = Open(bert, 2, cameUp, On(9, 1));
        o3.StartGettingFacts(new Actor(bert.UserId, On(9, 2)));
        cases.Add(o3);

        db.Cases.AddRange(cases);
        await db.SaveChangesAsync();
    }

    private static DateTime On(int month, int day) => new(2026, month, day, 9, 0, 0, DateTimeKind.Utc);

    private JrCase Open(Owner owner, int category, ProblemOrigin origin, DateTime at) =>
        OpenCase(owner, $"Title {Markers[2]}", category, origin, $"Objective {Markers[4]}", $"Emma {Markers[0]}", at);

    /// <summary>
    /// Opens a case and spends <paramref name="objectiveDays"/> on the objective, then goes through each loop: days in
    /// facts, weighing and action, then step 4 with one follow-up due <see cref="Loop.DueAfter"/> days in (checked after
    /// <see cref="Loop.CheckedAfter"/> days, or not). After <see cref="Loop.Check"/> days a loop with an outcome starts the
    /// next loop, or closes the case when it is the last; a last loop without one leaves the case open in step 4.
    /// </summary>
    private JrCase Walk(Owner owner, int category, ProblemOrigin origin, DateTime opened, int objectiveDays, params Loop[] loops)
    {
        var @case = Open(owner, category, origin, opened);
        var at = opened.AddDays(objectiveDays);
        Actor By(DateTime when) => new(owner.UserId, when);
        @case.StartGettingFacts(By(at));
        var weighed = new Weighing(Effect.Positive, $"Note {Markers[4]}");
        for (var i = 0; i < loops.Length; i++)
        {
            var loop = loops[i];
            @case.AddFact(FactKind.Record, $"Source {Markers[4]}", DateOnly.FromDateTime(at), $"Fact {Markers[4]}", By(at));
            at = at.AddDays(loop.Facts);
            @case.StartWeighing(By(at), $"Enough for now {Markers[4]}");
            var first = @case.AddPossibleAction(new PossibleActionInput($"Option {Markers[4]}", weighed, weighed, weighed, true), By(at));
            @case.AddPossibleAction(new PossibleActionInput($"Other option {Markers[4]}", weighed, weighed, weighed, true), By(at));
            at = at.AddDays(loop.Weigh);
            @case.Decide([first.Number], $"Rationale {Markers[4]}", By(at));
            @case.PlanAction(new ActionPlanInput(Handling.Myself, null, null, "Monday", "Office", $"Explained {Markers[4]}"), By(at));
            at = at.AddDays(loop.Action);
            @case.StartCheckingResults(By(at));

            var followUp = @case.ScheduleFollowUps(DateOnly.FromDateTime(at.AddDays(loop.DueAfter)), null, By(at))[0];
            if (loop.CheckedAfter is { } checkedAfter)
            {
                @case.RecordCheck(followUp.Number, new CheckObservation($"Output {Markers[4]}", null, null, null), By(at.AddDays(checkedAfter)));
            }

            at = at.AddDays(loop.Check);
            if (loop.Outcome is not { } met)
            {
                break;
            }

            var outcome = new OutcomeInput(met, loop.Helped, $"Helped {Markers[4]}", $"Lesson {Markers[4]}");
            if (i < loops.Length - 1)
            {
                @case.StartNewLoop(outcome, By(at));
            }
            else
            {
                @case.Close(outcome, By(at), met == ObjectiveMet.No ? $"Closed anyway {Markers[4]}" : null);
            }
        }

        return @case;
    }

    private sealed record Loop(int Facts, int Weigh, int Action, int Check, int DueAfter, int? CheckedAfter, ObjectiveMet? Outcome, bool Helped);
}
