using JrCasework.Domain.Cases;

namespace JrCasework.Generator;

// Step 3 and step 4 of a simulated case, and the draws the walk makes.
internal sealed partial class CaseSimulator
{
    private sealed partial class Walk
    {
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
