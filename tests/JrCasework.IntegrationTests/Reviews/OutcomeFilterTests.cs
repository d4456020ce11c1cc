using JrCasework.Web.Features.Reviews;

namespace JrCasework.IntegrationTests.Reviews;

/// <summary>
/// Six cases with known dates in a unit of their own (and one below it), on a clock fixed at
/// 10 February 2029, so every filter has a hand-checked answer:
/// <code>
/// case  unit    category origin       opened      closed      days outcome loops review
/// E     Distr.  1        CameUp       2028-10-02  2028-10-03     1 Yes     1
/// B     Distr.  2        SawItComing  2028-11-01  2028-12-15    44 Partly  2
/// C     North   1        RanIntoIt    2028-12-20  2029-02-01    43 No      1
/// A     Distr.  1        CameUp       2029-01-05  2029-01-20    15 Yes     1     reviewed, good example
/// D     North   1        CameUp       2029-01-10  (open, step 4)
/// F     Distr.  1        CameUp       2027-06-01  2027-07-01    30 Yes     1     (before every period)
/// </code>
/// and 53 closed cases in a third unit for paging.
/// </summary>
public sealed class OutcomeFilterTests(OutcomeFilterTests.Data data) : IClassFixture<OutcomeFilterTests.Data>
{
    private OutcomeFilter Distribution => new() { UnitId = data.Distribution };

    [Fact]
    public async Task TheDefault_IsClosedCasesOfTheLast12Months_NotYetReviewed_MostRecentlyClosedFirst()
    {
        var rows = await RowsAsync(Distribution);

        Assert.Equal(["C", "B", "E"], Names(rows));
    }

    [Theory]
    [InlineData(ReviewedFilter.Reviewed, new[] { "A" })]
    [InlineData(ReviewedFilter.All, new[] { "C", "A", "B", "E" })]
    public async Task TheReviewFilter_ChoosesReviewedOrAll(ReviewedFilter reviewed, string[] expected)
    {
        Assert.Equal(expected, Names(await RowsAsync(Distribution with { Reviewed = reviewed })));
    }

    [Theory]
    [InlineData(PeriodPreset.ThisQuarter, new[] { "C", "A" })]
    [InlineData(PeriodPreset.LastQuarter, new[] { "B", "E" })]
    [InlineData(PeriodPreset.Last12Months, new[] { "C", "A", "B", "E" })]
    public async Task ThePeriod_CountsTheDayACaseClosed(PeriodPreset period, string[] expected)
    {
        Assert.Equal(expected, Names(await RowsAsync(Distribution with { Period = period, Reviewed = ReviewedFilter.All })));
    }

    [Fact]
    public async Task ACustomPeriod_IncludesBothEnds()
    {
        var filter = Distribution with
        {
            Period = PeriodPreset.Custom,
            From = new DateOnly(2028, 12, 15),
            To = new DateOnly(2029, 1, 20),
            Reviewed = ReviewedFilter.All,
        };

        Assert.Equal(["A", "B"], Names(await RowsAsync(filter)));
    }

    [Fact]
    public async Task AUnit_IncludesTheUnitsBelowIt_AndASubUnitOnlyItself()
    {
        var all = Distribution with { Reviewed = ReviewedFilter.All };

        Assert.Equal(["C"], Names(await RowsAsync(all with { UnitId = data.North })));
        Assert.Equal(["C", "A", "B", "E"], Names(await RowsAsync(all)));
    }

    [Fact]
    public async Task OpenCases_AreIncludedOnlyWhenAsked_AndComeAfterTheClosedOnes()
    {
        var rows = await RowsAsync(Distribution with { Reviewed = ReviewedFilter.All, IncludeOpen = true });

        Assert.Equal(["C", "A", "B", "E", "D"], Names(rows));
        var open = rows[^1];
        Assert.Null(open.ClosedAtUtc);
        Assert.Null(open.ObjectiveMet);
        Assert.Null(open.DaysToClose);
        Assert.Equal(CaseStep.CheckResults, open.Step);
    }

    [Theory]
    [InlineData("category", new[] { "B" })]
    [InlineData("origin", new[] { "C" })]
    [InlineData("outcome-yes", new[] { "A", "E" })]
    [InlineData("outcome-partly", new[] { "B" })]
    [InlineData("outcome-no", new[] { "C" })]
    public async Task CategoryOriginAndOutcome_NarrowTheList(string filter, string[] expected)
    {
        var all = Distribution with { Reviewed = ReviewedFilter.All };
        var narrowed = filter switch
        {
            "category" => all with { CategoryId = 2 },
            "origin" => all with { Origin = ProblemOrigin.RanIntoIt },
            "outcome-yes" => all with { Outcome = ObjectiveMet.Yes },
            "outcome-partly" => all with { Outcome = ObjectiveMet.Partly },
            _ => all with { Outcome = ObjectiveMet.No },
        };

        Assert.Equal(expected, Names(await RowsAsync(narrowed)));
    }

    [Theory]
    [InlineData(OutcomeSort.LongestToClose, new[] { "B", "C", "A", "E" })]
    [InlineData(OutcomeSort.MostLoops, new[] { "B", "C", "A", "E" })]
    [InlineData(OutcomeSort.ClosedOldest, new[] { "E", "B", "A", "C" })]
    [InlineData(OutcomeSort.Reference, new[] { "E", "B", "C", "A" })]
    public async Task TheListSorts(OutcomeSort sort, string[] expected)
    {
        Assert.Equal(expected, Names(await RowsAsync(Distribution with { Reviewed = ReviewedFilter.All, Sort = sort })));
    }

    [Fact]
    public async Task ARow_CarriesTheOutcome_TheLoops_TheDaysToClose_AndTheReview()
    {
        var rows = await RowsAsync(Distribution with { Reviewed = ReviewedFilter.All });
        var a = rows.Single(r => r.Id == data.Ids["A"]);
        var b = rows.Single(r => r.Id == data.Ids["B"]);
        var c = rows.Single(r => r.Id == data.Ids["C"]);

        Assert.Equal((ObjectiveMet.Yes, true, 15, 1, true, true), (a.ObjectiveMet, a.ActionHelped, a.DaysToClose, a.Loops, a.IsReviewed, a.IsGoodExample));
        Assert.Equal((ObjectiveMet.Partly, true, 44, 2, false, false), (b.ObjectiveMet, b.ActionHelped, b.DaysToClose, b.Loops, b.IsReviewed, b.IsGoodExample));
        Assert.Equal((ObjectiveMet.No, false, 43, data.North, ProblemOrigin.RanIntoIt), (c.ObjectiveMet, c.ActionHelped, c.DaysToClose, c.UnitId, c.Origin));
    }

    [Fact]
    public async Task TheListPages_By50_WithTheTotal_AndAPageBeyondTheEndShowsTheLastPage()
    {
        await using var hr = await data.App.AsAsync(DemoData.Hr.Email);
        var queries = hr.Get<OutcomeQueries>();
        var filter = new OutcomeFilter { UnitId = data.South };

        var first = await queries.ListAsync(filter);
        var second = await queries.ListAsync(filter with { Page = 2 });
        var beyond = await queries.ListAsync(filter with { Page = 9 });

        Assert.Equal((53, 2, 1, 50), (first.Total, first.Pages, first.Page, first.Rows.Count));
        Assert.Equal((2, 3), (second.Page, second.Rows.Count));
        Assert.Equal(second.Rows.Select(r => r.Id), beyond.Rows.Select(r => r.Id));
        Assert.Equal(53, first.Rows.Concat(second.Rows).Select(r => r.Id).Distinct().Count());
        Assert.True(first.Rows.Zip(first.Rows.Skip(1)).All(p => p.First.ClosedAtUtc >= p.Second.ClosedAtUtc));
        Assert.Equal((new DateOnly(2028, 2, 11), new DateOnly(2029, 2, 10)), first.Period);
    }

    private async Task<List<OutcomeRow>> RowsAsync(OutcomeFilter filter) => await ReviewCases.AllRowsAsync(data.App, DemoData.Hr.Email, filter);

    private string[] Names(IEnumerable<OutcomeRow> rows) => [.. rows.Select(r => data.Ids.Single(i => i.Value == r.Id).Key)];

    /// <summary>The cases above, built through the domain with their own dates and saved to the app's database.</summary>
    public sealed class Data : IAsyncLifetime
    {
        public static readonly DateTimeOffset Today = new(2029, 2, 10, 8, 0, 0, TimeSpan.Zero);

        public CaseFixture App { get; } = new() { Clock = new FakeTimeProvider(Today) };

        public Dictionary<string, int> Ids { get; } = [];

        public int Distribution { get; private set; }

        public int North { get; private set; }

        public int South { get; private set; }

        public async Task InitializeAsync()
        {
            await using var db = App.CreateDbContext();
            var root = await db.OrgUnits.SingleAsync(u => u.Name == DemoData.OrganisationName);
            var distribution = new OrgUnit("Distribution", root.Id);
            var south = new OrgUnit("Distribution South", root.Id);
            db.OrgUnits.AddRange(distribution, south);
            await db.SaveChangesAsync();
            var north = new OrgUnit("Distribution North", distribution.Id);
            db.OrgUnits.Add(north);
            await db.SaveChangesAsync();
            (Distribution, North, South) = (distribution.Id, north.Id, south.Id);

            var rita = new Employee("Rita's employee", "D-9001", distribution.Id, null);
            var omar = new Employee("Omar's employee", "D-9002", north.Id, null);
            var sam = new Employee("Sam's employee", "D-9003", south.Id, null);
            db.Employees.AddRange(rita, omar, sam);
            await db.SaveChangesAsync();

            var cases = new Dictionary<string, JrCase>
            {
                ["E"] = Build(1, "rita", distribution.Id, rita, 1, ProblemOrigin.CameUp, new(2028, 10, 2), new(2028, 10, 3), ObjectiveMet.Yes),
                ["B"] = Build(2, "rita", distribution.Id, rita, 2, ProblemOrigin.SawItComing, new(2028, 11, 1), new(2028, 12, 15), ObjectiveMet.Partly, loops: 2),
                ["C"] = Build(3, "omar", north.Id, omar, 1, ProblemOrigin.RanIntoIt, new(2028, 12, 20), new(2029, 2, 1), ObjectiveMet.No),
                ["A"] = Build(4, "rita", distribution.Id, rita, 1, ProblemOrigin.CameUp, new(2029, 1, 5), new(2029, 1, 20), ObjectiveMet.Yes),
                ["D"] = Build(5, "omar", north.Id, omar, 1, ProblemOrigin.CameUp, new(2029, 1, 10), null, null),
                ["F"] = Build(6, "rita", distribution.Id, rita, 1, ProblemOrigin.CameUp, new(2027, 6, 1), new(2027, 7, 1), ObjectiveMet.Yes),
            };
            for (var i = 0; i < 53; i++)
            {
                cases[$"S{i}"] = Build(100 + i, "sam", south.Id, sam, 3, ProblemOrigin.BroughtToMe, new(2028, 12, 1), new DateOnly(2029, 1, 1).AddDays(i % 30), ObjectiveMet.Yes);
            }

            db.Cases.AddRange(cases.Values);
            await db.SaveChangesAsync();
            foreach (var (name, @case) in cases)
            {
                Ids[name] = @case.Id;
            }

            await using var hr = await App.AsAsync(DemoData.Hr.Email);
            await hr.Get<ReviewService>().SaveAsync(Ids["A"], ReviewCases.GoodReview, null);
        }

        public async Task DisposeAsync() => await App.DisposeAsync();

        /// <summary>A case walked through the domain: opened (and worked) at 09:00 on <paramref name="opened"/>, closed at 16:00 on <paramref name="closed"/>.</summary>
        private static JrCase Build(
            int sequence, string owner, int unitId, Employee employee, int categoryId, ProblemOrigin origin,
            DateOnly opened, DateOnly? closed, ObjectiveMet? met, int loops = 1)
        {
            var by = new Actor(owner, opened.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
            var @case = JrCase.Open(opened.Year, 5000 + sequence, "Case " + sequence, categoryId, origin, "Objective", [(employee.Id, employee.FullName)], owner, unitId, by);
            @case.StartGettingFacts(by);
            @case.AddFact(FactKind.Record, "Record", opened, "Fact", by);
            @case.AddFact(FactKind.RulesAndCustoms, "Rules", opened, "Rule", by);
            @case.AddFact(FactKind.Conversation, "Talk", opened, "Talked", by, employee.Id);
            @case.AddFact(FactKind.OpinionOrFeeling, "Team", opened, "Feeling", by);
            @case.StartWeighing(by);
            var weighed = new Weighing(Effect.Positive);
            @case.AddPossibleAction(new PossibleActionInput("One", weighed, weighed, weighed, true), by);
            @case.AddPossibleAction(new PossibleActionInput("Two", weighed, weighed, weighed, true), by);
            for (var loop = 1; ; loop++)
            {
                @case.Decide([1], "Because", by);
                @case.PlanAction(new ActionPlanInput(Handling.Myself, null, null, "Monday", "Office", "Explained"), by);
                @case.StartCheckingResults(by);
                @case.ScheduleFollowUps(opened.AddDays(7), null, by);
                if (loop == loops)
                {
                    break;
                }

                @case.StartNewLoop(new OutcomeInput(ObjectiveMet.Partly, false, null, null), by);
                @case.StartWeighing(by);
            }

            if (closed is { } closedOn)
            {
                var at = new Actor(owner, closedOn.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc));
                @case.Close(new OutcomeInput(met!.Value, met != ObjectiveMet.No, null, null), at, met == ObjectiveMet.No ? "Moved on" : null);
            }

            return @case;
        }
    }
}
