using JrCasework.Domain.Cases;

namespace JrCasework.Generator;

/// <summary>An employee a generated case can be about.</summary>
internal sealed record TeamMember(int EmployeeId, string Name, string FirstName, DateOnly? LeftOn);

/// <summary>A generated supervisor with their team, their manager and the language they write in.</summary>
internal sealed record SupervisorProfile(string UserId, int OrgUnitId, string? ManagerUserId, CaseTexts Texts, IReadOnlyList<TeamMember> Team);

/// <summary>What is fixed about a case before it is simulated: its number, opening moment and owner.</summary>
internal readonly record struct CaseSeed(int Index, DateTime OpenedAtUtc, int Sequence, int SupervisorIndex);

/// <summary>
/// Walks one case through the Job Relations steps with the domain's own methods, moving a clock
/// forward from the opening moment. The case stops wherever the clock reaches "now" (or where a
/// supervisor let it stall), so recent cases are open, old ones mostly closed, and stalled ones
/// carry overdue follow-ups.
/// </summary>
internal sealed partial class CaseSimulator(DateTime nowUtc, int seed)
{
    private static readonly int[] CategoryWeights = [20, 22, 12, 15, 8, 10, 8, 5];
    private static readonly int[] OriginWeights = [20, 30, 35, 15];

    public JrCase Build(CaseSeed caseSeed, SupervisorProfile supervisor)
    {
        var random = new Random(unchecked((seed * 1_000_003) + caseSeed.Index));
        return new Walk(random, nowUtc, caseSeed, supervisor).Run();
    }

    private sealed partial class Walk(Random r, DateTime now, CaseSeed caseSeed, SupervisorProfile supervisor)
    {
        private readonly CaseTexts _tx = supervisor.Texts;
        private DateTime _t = caseSeed.OpenedAtUtc;
        private JrCase _case = null!;
        private List<TeamMember> _employees = [];
        private int _categoryId;
        private CaseStep? _stallAt;

        public JrCase Run()
        {
            _employees = PickEmployees();
            _categoryId = Weighted(CategoryWeights) + 1;
            var origin = (ProblemOrigin)Weighted(OriginWeights);
            var category = _tx.Categories[_categoryId - 1];
            var draft = r.NextDouble() < 0.2;
            var stall = r.NextDouble();
            _stallAt = stall switch
            {
                < 0.010 => CaseStep.Objective,
                < 0.025 => CaseStep.Facts,
                < 0.035 => CaseStep.WeighAndDecide,
                < 0.045 => CaseStep.TakeAction,
                < 0.075 => CaseStep.CheckResults,
                _ => null,
            };

            _case = JrCase.Open(
                caseSeed.OpenedAtUtc.Year,
                caseSeed.Sequence,
                Name(category.Title),
                _categoryId,
                origin,
                draft ? null : Name(category.Objective),
                _employees.Select(e => (e.EmployeeId, e.Name)).ToList(),
                supervisor.UserId,
                supervisor.OrgUnitId,
                new Actor(supervisor.UserId, _t));

            if (_stallAt == CaseStep.Objective)
            {
                return _case;
            }

            if (draft)
            {
                if (!Next(1, 72, out var by))
                {
                    return _case;
                }

                _case.ChangeObjective(Name(category.Objective), by);
            }

            if (!Next(1, 96, out var start))
            {
                return _case;
            }

            _case.StartGettingFacts(start);
            var met = DrawOutcome();
            while (!_case.IsClosed)
            {
                if (!GetFacts(category) || !WeighAndDecide() || !TakeAction() || !CheckResults(met))
                {
                    return _case;
                }

                if (!Next(2, 120, out var end))
                {
                    return _case;
                }

                var outcome = Outcome(met);
                var loopAgain = _case.Loop < 3 && met switch
                {
                    ObjectiveMet.No => r.NextDouble() < 0.5,
                    ObjectiveMet.Partly => r.NextDouble() < 0.2,
                    _ => false,
                };
                if (loopAgain)
                {
                    _case.StartNewLoop(outcome, end);
                    met = DrawOutcome();
                }
                else
                {
                    _case.Close(outcome, end, met == ObjectiveMet.No ? Pick(_tx.CloseAnyway) : null);
                }
            }

            return _case;
        }

        private bool GetFacts(CategoryText category)
        {
            var facts = new List<(FactKind Kind, string Source, string Text, int? With)>();
            if (_case.Loop == 1)
            {
                facts.Add((FactKind.Record, category.RecordSource, Name(category.Record), null));
                facts.Add((FactKind.RulesAndCustoms, _tx.RuleSource, category.Rule, null));
            }
            else
            {
                facts.Add((FactKind.Record, category.RecordSource, Pick(_tx.NewLoopFacts), null));
            }

            foreach (var employee in _employees)
            {
                facts.Add((FactKind.Conversation, employee.Name, string.Format(Pick(_tx.Conversations), employee.FirstName), employee.EmployeeId));
            }

            var opinion = r.Next(_tx.Opinions.Length);
            facts.Add((FactKind.OpinionOrFeeling, Name(_tx.OpinionSources[opinion]), Name(_tx.Opinions[opinion]), null));

            // Now and then a supervisor moves on without the whole story, and says why.
            var skipped = _case.Loop == 1 && r.NextDouble() < 0.08 ? r.Next(facts.Count) : -1;
            var stallAfter = _stallAt == CaseStep.Facts ? r.Next(1, facts.Count) : int.MaxValue;
            for (var i = 0; i < facts.Count; i++)
            {
                if (i == skipped)
                {
                    continue;
                }

                if (i >= stallAfter || !Next(1, 48, out var by))
                {
                    return false;
                }

                var (kind, source, text, with) = facts[i];
                var date = DateOnly.FromDateTime(_t).AddDays(kind == FactKind.Record ? -r.Next(0, 21) : 0);
                _case.AddFact(kind, source, date, text, by, with);
            }

            if (!Next(4, 72, out var weigh))
            {
                return false;
            }

            _case.StartWeighing(weigh, _case.MissingParts().Count > 0 ? Pick(_tx.Overrides) : null);
            return true;
        }

        private bool WeighAndDecide()
        {
            var count = _case.Loop == 1 ? 2 + (r.NextDouble() < 0.35 ? 1 : 0) + (r.NextDouble() < 0.1 ? 1 : 0) : 1 + r.Next(2);
            var options = Enumerable.Range(0, _tx.Options.Length).OrderBy(_ => r.Next()).Take(count).ToList();
            var added = new List<int>();
            foreach (var option in options)
            {
                if ((_stallAt == CaseStep.WeighAndDecide && added.Count == 1) || !Next(0.2, 24, out var by))
                {
                    return false;
                }

                var (text, support) = _tx.Options[option];
                added.Add(_case.AddPossibleAction(
                    new PossibleActionInput(text, Weigh(), Weigh(), Weigh(), true, r.NextDouble() < 0.5 ? Pick(_tx.PolicyNotes) : null, support),
                    by).Number);
            }

            // Sometimes the weighing shows a fact is missing: back to step 1, then on again.
            if (_case.Loop == 1 && r.NextDouble() < 0.03)
            {
                if (!Next(0.5, 24, out var back) || !Next(0.5, 24, out var fact) || !Next(0.5, 24, out var on))
                {
                    return false;
                }

                _case.ReturnToStep(CaseStep.Facts, back, Pick(_tx.NewLoopFacts));
                _case.AddFact(FactKind.Record, _tx.Categories[_categoryId - 1].RecordSource, fact.Today, Pick(_tx.NewLoopFacts), fact);
                _case.StartWeighing(on, _case.MissingParts().Count > 0 ? Pick(_tx.Overrides) : null);
            }

            if (!Next(2, 72, out var decide))
            {
                return false;
            }

            var chosen = r.NextDouble() < 0.2 && added.Count > 1 ? added.Take(2).ToList() : [added[0]];
            _case.Decide(chosen, Name(Pick(_tx.Rationales)), decide);
            return true;
        }
    }
}
