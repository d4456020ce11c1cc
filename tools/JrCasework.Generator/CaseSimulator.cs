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
internal sealed class CaseSimulator(DateTime nowUtc, int seed)
{
    private static readonly int[] CategoryWeights = [20, 22, 12, 15, 8, 10, 8, 5];
    private static readonly int[] OriginWeights = [20, 30, 35, 15];

    public JrCase Build(CaseSeed caseSeed, SupervisorProfile supervisor)
    {
        var random = new Random(unchecked((seed * 1_000_003) + caseSeed.Index));
        return new Walk(random, nowUtc, caseSeed, supervisor).Run();
    }

    private sealed class Walk(Random r, DateTime now, CaseSeed caseSeed, SupervisorProfile supervisor)
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

        private bool TakeAction()
        {
            if (_stallAt == CaseStep.TakeAction || !Next(1, 72, out var by))
            {
                return false;
            }

            var roll = r.NextDouble();
            var handling = roll < 0.07 && supervisor.ManagerUserId is not null ? Handling.ReferredToManager
                : roll < 0.27 ? Handling.MyselfWithHelp
                : Handling.Myself;
            var helper = Pick(_tx.Helpers);
            var when = _t.Date.AddDays(r.Next(1, 6)).AddHours(r.Next(8, 16));
            _case.PlanAction(
                new ActionPlanInput(handling, helper, supervisor.ManagerUserId, _tx.When(when), Pick(_tx.Places), Name(Pick(_tx.Explanations))),
                by);

            var items = r.Next(1, 4);
            for (var i = 0; i < items; i++)
            {
                if (!Next(0.1, 2, out var item))
                {
                    return false;
                }

                var owner = handling == Handling.MyselfWithHelp && i == 1 ? helper : _tx.Me;
                _case.AddActionItem(Pick(_tx.ActionItems), owner, DateOnly.FromDateTime(_t).AddDays(r.Next(3, 22)), item);
            }

            if (!Next(24, 240, out _))
            {
                return false;
            }

            foreach (var item in _case.ActionItems.Where(i => i.Loop == _case.Loop && i.CompletedAtUtc is null).ToList())
            {
                if (r.NextDouble() < 0.9 && Next(0.1, 1, out var done))
                {
                    _case.CompleteActionItem(item.Number, done);
                }
            }

            if (!Next(0.1, 2, out var check))
            {
                return false;
            }

            _case.StartCheckingResults(check);
            return true;
        }

        private bool CheckResults(ObjectiveMet met)
        {
            if (!Next(0.05, 1, out var by))
            {
                return false;
            }

            var first = DateOnly.FromDateTime(_t).AddDays(r.Next(7, 29));
            var recurrence = r.NextDouble() < 0.5 ? new Recurrence(r.Next(1, 5), RecurrenceUnit.Weeks, Count: r.Next(1, 4)) : null;
            _case.ScheduleFollowUps(first, recurrence, by);

            // Mobility takes long: a check again after six months (seed 004).
            if (_categoryId == 7 && r.NextDouble() < 0.5 && Next(0.05, 1, out var longRange))
            {
                _case.ScheduleFollowUps(DateOnly.FromDateTime(_t).AddDays(182), null, longRange);
            }

            var open = _case.FollowUps.Where(f => f.Loop == _case.Loop && f.Status == FollowUpStatus.Scheduled).OrderBy(f => f.DueOn).ToList();
            var stallAfter = _stallAt == CaseStep.CheckResults ? r.Next(0, open.Count) : int.MaxValue;
            for (var i = 0; i < open.Count; i++)
            {
                var followUp = open[i];
                if (i >= stallAfter)
                {
                    return false;
                }

                var roll = r.NextDouble();
                if (roll < 0.04 && i > 0)
                {
                    if (!Next(0.5, 48, out var cancel))
                    {
                        return false;
                    }

                    _case.CancelFollowUp(followUp.Number, Pick(_tx.Cancellations), cancel);
                    continue;
                }

                if (roll < 0.08 && DateOnly.FromDateTime(_t) < followUp.DueOn)
                {
                    if (!Next(0.5, 24, out var move))
                    {
                        return false;
                    }

                    _case.RescheduleFollowUp(followUp.Number, followUp.DueOn.AddDays(7), Pick(_tx.Reschedules), move);
                }

                var checkAt = followUp.DueOn.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc).AddDays(r.Next(0, 4)).AddMinutes(r.Next(0, 8 * 60));
                if (checkAt <= _t)
                {
                    checkAt = _t.AddMinutes(10);
                }

                if (checkAt >= now)
                {
                    return false;
                }

                _t = checkAt;
                _case.RecordCheck(followUp.Number, Observation(met), new Actor(supervisor.UserId, _t));
            }

            return true;
        }

        private CheckObservation Observation(ObjectiveMet met) => new(
            Pick(met switch { ObjectiveMet.Yes => _tx.GoodOutput, ObjectiveMet.Partly => _tx.MixedOutput, _ => _tx.PoorOutput }),
            Pick(_tx.Attitudes),
            Pick(_tx.Relationships),
            null);

        private OutcomeInput Outcome(ObjectiveMet met) => new(
            met,
            met != ObjectiveMet.No,
            met == ObjectiveMet.No ? null : $"{Pick(_tx.GoodOutput)}; {Pick(_tx.Relationships)}",
            Pick(_tx.Lessons));

        private ObjectiveMet DrawOutcome() => r.NextDouble() switch
        {
            < 0.60 => ObjectiveMet.Yes,
            < 0.85 => ObjectiveMet.Partly,
            _ => ObjectiveMet.No,
        };

        private Weighing Weigh()
        {
            var effect = r.NextDouble() switch { < 0.5 => Effect.Positive, < 0.8 => Effect.Neutral, _ => Effect.Negative };
            return new Weighing(effect, r.NextDouble() < 0.4 ? Pick(_tx.WeighingNotes) : null);
        }

        private List<TeamMember> PickEmployees()
        {
            var openedOn = DateOnly.FromDateTime(caseSeed.OpenedAtUtc);
            var available = supervisor.Team.Where(e => e.LeftOn is null || e.LeftOn > openedOn).ToList();
            if (available.Count == 0)
            {
                available = [.. supervisor.Team];
            }

            var roll = r.NextDouble();
            var count = Math.Min(available.Count, roll < 0.88 ? 1 : roll < 0.98 ? 2 : 3);
            return [.. available.OrderBy(_ => r.Next()).Take(count)];
        }

        /// <summary>Moves the clock on; false when that moment is still to come, so the case stays where it is.</summary>
        private bool Next(double minHours, double maxHours, out Actor by)
        {
            var next = _t.AddMinutes(r.Next((int)(minHours * 60), (int)(maxHours * 60) + 1) + 1);
            by = new Actor(supervisor.UserId, next);
            if (next >= now)
            {
                return false;
            }

            _t = next;
            return true;
        }

        private string Name(string template) => string.Format(template, _employees[0].FirstName);

        private string Pick(string[] texts) => texts[r.Next(texts.Length)];

        private int Weighted(int[] weights)
        {
            var roll = r.Next(weights.Sum());
            for (var i = 0; i < weights.Length; i++)
            {
                roll -= weights[i];
                if (roll < 0)
                {
                    return i;
                }
            }

            return weights.Length - 1;
        }
    }
}
