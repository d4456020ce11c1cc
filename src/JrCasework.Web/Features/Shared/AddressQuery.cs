using System.Globalization;

namespace JrCasework.Web.Features.Shared;

/// <summary>Why a value in a page's or a download's address was refused: a <c>BadAddress.*</c> text and its arguments.</summary>
public sealed record AddressProblem(string Key, IReadOnlyList<object> Arguments)
{
    /// <summary>"This address cannot be opened." and what is wrong, in the user's language.</summary>
    public string Text(IStringLocalizer<SharedResource> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts["BadAddress.Title"] + " " + Detail(texts);
    }

    /// <summary>What is wrong, in the user's language.</summary>
    public string Detail(IStringLocalizer<SharedResource> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts[Key, [.. Arguments]];
    }

    /// <summary>
    /// Makes a page's server-rendered answer a 400 (the page itself shows the message); nothing once the answer has
    /// started or when the page runs in a live circuit (no request).
    /// </summary>
    public static void MarkBadRequest(HttpContext? request)
    {
        if (request is { Response.HasStarted: false })
        {
            request.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>A 400 answer with <see cref="Text"/> as plain text: a short message, never a stack trace.</summary>
    public IResult BadRequest(IStringLocalizer<SharedResource> texts) =>
        Results.Text(Text(texts), "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}

/// <summary>
/// Reads the values of an address strictly: a value that is there must be what the page expects (a number, a
/// known choice, a date in a sensible range), else the first value that is not is the <see cref="Problem"/>.
/// A value that is missing or empty is null: the page's default applies.
/// </summary>
public sealed class AddressQuery(Func<string, string?> value, DateOnly today)
{
    /// <summary>The earliest date an address may hold: JR Casework holds nothing older.</summary>
    public static readonly DateOnly FirstDay = new(2000, 1, 1);

    /// <summary>How far ahead an address may reach.</summary>
    public const int YearsAhead = JrCase.MaxYearsAhead;

    /// <summary>The longest period a list or report covers.</summary>
    public const int MaxYears = 10;

    /// <summary>The last date an address may hold.</summary>
    public DateOnly LastDay => today.AddYears(YearsAhead);

    /// <summary>The first value that could not be read; null while all could.</summary>
    public AddressProblem? Problem { get; private set; }

    /// <summary>An id or a count: a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? Number(string name, int min = 1, int max = int.MaxValue)
    {
        var text = Value(name);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        return Refuse<int?>(max == int.MaxValue ? "BadAddress.Number" : "BadAddress.NumberRange", name, min, max);
    }

    /// <summary>One of the names of <typeparamref name="T"/> (any case); a number is not a name.</summary>
    public T? Choice<T>(string name)
        where T : struct, Enum
    {
        var text = Value(name);
        if (text is null)
        {
            return null;
        }

        foreach (var choice in Enum.GetValues<T>())
        {
            if (string.Equals(choice.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return choice;
            }
        }

        return Refuse<T?>("BadAddress.Choice", name);
    }

    /// <summary><c>true</c> or <c>false</c>; missing is false.</summary>
    public bool Flag(string name)
    {
        var text = Value(name);
        return text is null ? false : bool.TryParse(text, out var flag) ? flag : Refuse<bool>("BadAddress.Choice", name);
    }

    /// <summary>A day written yyyy-MM-dd, from <see cref="FirstDay"/> to <see cref="LastDay"/>.</summary>
    public DateOnly? Date(string name)
    {
        var text = Value(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date >= FirstDay && date <= LastDay
            ? date
            : RefuseDate(name);
    }

    /// <summary>A period of both <paramref name="fromName"/> and <paramref name="toName"/>: both there, in order, at most <see cref="MaxYears"/> long.</summary>
    public (DateOnly From, DateOnly To)? Period(string fromName, string toName)
    {
        var from = Date(fromName);
        var to = Date(toName);
        if (Problem is not null)
        {
            return null;
        }

        if (from is null || to is null)
        {
            _ = RefuseDate(from is null ? fromName : toName);
            return null;
        }

        return Checked(from.Value, to.Value);
    }

    /// <summary>A period that starts before it ends and is at most <see cref="MaxYears"/> long; null (and a problem) otherwise.</summary>
    public (DateOnly From, DateOnly To)? Checked(DateOnly from, DateOnly to) =>
        from > to ? Refuse<(DateOnly, DateOnly)?>("BadAddress.Order")
        : to >= from.AddYears(MaxYears) ? Refuse<(DateOnly, DateOnly)?>("BadAddress.Span", MaxYears)
        : (from, to);

    private string? Value(string name) => value(name) is { Length: > 0 } text ? text.Trim() : null;

    private DateOnly? RefuseDate(string name) =>
        Refuse<DateOnly?>("BadAddress.Date", name, Formatted(FirstDay), Formatted(LastDay));

    private static string Formatted(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private T Refuse<T>(string key, params object[] arguments)
    {
        Problem ??= new AddressProblem(key, arguments);
        return default!;
    }
}
