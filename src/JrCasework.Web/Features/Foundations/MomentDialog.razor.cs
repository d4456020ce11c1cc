using System.Globalization;
using JrCasework.Domain.Foundations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JrCasework.Web.Features.Foundations;

/// <summary>
/// The dialog that logs a foundation moment, opened empty or prefilled with a foundation and a person.
/// A refusal of the domain shows next to its field in the user's language; what was typed stays.
/// </summary>
public sealed partial class MomentDialog
{
    private const string FoundationField = "foundation";
    private const string PeopleField = "people";
    private const string DateField = "date";
    private const string ChangeWhatField = "change-what";
    private const string ChangeEffectiveField = "change-effective";
    private const string NoteField = "note";
    private const string GeneralField = "general";

    private static readonly DialogOptions Options = FormDialog.Options(MaxWidth.Small);

    private readonly HashSet<int> _people = [];
    private readonly Dictionary<string, string> _errors = [];
    private bool _visible;
    private bool _busy;
    private Foundation? _foundation;
    private string? _date;
    private string? _note;
    private string? _changeWhat;
    private string? _changeEffective;
    private bool _reasonsExplained;
    private Reception _reception = Reception.NotKnownYet;

    /// <summary>The people one can pick: the supervisor's team, or the one person of a person's page.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<TeamRow> People { get; set; } = [];

    /// <summary>A moment was logged (the dialog has closed and said so).</summary>
    [Parameter]
    public EventCallback OnSaved { get; set; }

    [Inject]
    private FoundationService Foundations { get; set; } = default!;

    [Inject]
    private UserClock UserClock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private DateOnly Today => UserClock.Today;

    /// <summary>Opens the dialog, with the foundation and the people already chosen if given; the date is today.</summary>
    public void Open(Foundation? foundation, IEnumerable<int> employeeIds)
    {
        _foundation = foundation;
        _people.Clear();
        _people.UnionWith(employeeIds);
        _date = DateText.Iso(Today);
        _note = null;
        _changeWhat = null;
        _changeEffective = null;
        _reasonsExplained = false;
        _reception = Reception.NotKnownYet;
        _errors.Clear();
        _visible = true;
        StateHasChanged();
    }

    private void VisibleChanged(bool visible) => _visible = visible;

    private void Cancel() => _visible = false;

    private void FoundationChanged(Foundation? foundation)
    {
        _foundation = foundation;
        _errors.Remove(FoundationField);
    }

    /// <summary>Takes an edit of a field and drops the refusal shown next to it: the answer to it is being typed.</summary>
    private void Edit(ref string? field, string? value, string errorKey)
    {
        field = value;
        _errors.Remove(errorKey);
    }

    private void WholeTeamChanged(bool all)
    {
        _errors.Remove(PeopleField);
        _people.Clear();
        if (all)
        {
            _people.UnionWith(People.Select(p => p.EmployeeId));
        }
    }

    private void Toggle(int employeeId, bool on)
    {
        _errors.Remove(PeopleField);
        if (on)
        {
            _people.Add(employeeId);
        }
        else
        {
            _people.Remove(employeeId);
        }
    }

    private async Task SaveAsync()
    {
        if (_busy)
        {
            return;
        }

        _errors.Clear();
        if (Prepare() is not { } moment)
        {
            return;
        }

        _busy = true;
        try
        {
            await Foundations.LogAsync(moment);
            _visible = false;
            Snackbar.Add(Confirmation(moment), Severity.Success);
            await OnSaved.InvokeAsync();
        }
        catch (FoundationRuleException refusal)
        {
            _errors[FieldOf(refusal.Rule)] = T.Reason(refusal.Rule);
        }
        catch (AccessDeniedException)
        {
            _errors[GeneralField] = T["Moment.NotYourTeam"];
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>
    /// The moment as typed. Only what the form itself must know is checked here (a foundation chosen, dates
    /// that are dates); the rules of a moment are the domain's, and its refusals come back by rule.
    /// </summary>
    private LogMoment? Prepare()
    {
        if (_foundation is null)
        {
            _errors[FoundationField] = T["Moment.FoundationRequired"];
        }

        var occurredOn = ParseDate(_date);
        if (occurredOn is null)
        {
            _errors[DateField] = T["Moment.DateRequired"];
        }

        ChangeDetails? change = null;
        if (_foundation == Foundation.ChangeInAdvance)
        {
            if (ParseDate(_changeEffective) is { } effective)
            {
                change = new ChangeDetails(_changeWhat ?? "", effective, _reasonsExplained, _reception);
            }
            else
            {
                _errors[ChangeEffectiveField] = T["Moment.EffectiveRequired"];
            }
        }

        return _errors.Count > 0 ? null : new LogMoment(_foundation!.Value, [.. _people], occurredOn!.Value, _note, change);
    }

    private string FieldOf(FoundationRule rule) => rule switch
    {
        FoundationRule.SomeoneRequired => PeopleField,
        FoundationRule.DateInFuture or FoundationRule.DateTooOld => DateField,
        FoundationRule.ChangeDetailsRequired => ChangeWhatField,
        FoundationRule.TextTooLong when (_note?.Trim().Length ?? 0) > FoundationMoment.MaxNoteLength => NoteField,
        FoundationRule.TextTooLong => ChangeWhatField,
        _ => GeneralField,
    };

    private string Confirmation(LogMoment moment)
    {
        var names = People.Where(p => moment.EmployeeIds.Contains(p.EmployeeId)).Select(p => p.FullName).ToList();
        var who = names.Count switch
        {
            0 or > 3 => T["Moment.PeopleCount", moment.EmployeeIds.Count],
            _ => string.Join(", ", names),
        };
        return T["Moment.Saved", T.Short(moment.Foundation), who];
    }

    private RenderFragment? ErrorFor(string field) => _errors.TryGetValue(field, out var message)
        ? builder =>
        {
            builder.OpenElement(0, "p");
            builder.AddAttribute(1, "class", "jr-moment-error");
            builder.AddAttribute(2, "id", $"moment-{field}-error");
            builder.AddAttribute(3, "role", "alert");
            builder.AddContent(4, message);
            builder.CloseElement();
        }
    : null;

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
