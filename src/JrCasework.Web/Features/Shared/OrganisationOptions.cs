using Microsoft.Extensions.Options;

namespace JrCasework.Web.Features.Shared;

/// <summary>
/// The organisation's calendar (<c>Organisation:*</c>): its time zone, every user's until they choose their own,
/// and its working days, on which the dates the pages suggest land.
/// </summary>
internal sealed class OrganisationOptions
{
    public const string Section = "Organisation";

    /// <summary>An IANA time zone id, such as Europe/Amsterdam.</summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>English day names or Mon…Sun, comma-separated (<see cref="WorkingWeek.Parse"/>).</summary>
    public string WorkingDays { get; set; } = WorkingWeek.MondayToFriday.ToString();

    /// <summary>The working days as a week; throws <see cref="FormatException"/> for a setting that names no days.</summary>
    public WorkingWeek Week => WorkingWeek.Parse(WorkingDays);
}

/// <summary>Refuses to start with a time zone nobody can find or working days nobody can read, saying which setting is wrong.</summary>
internal sealed class OrganisationOptionsValidator : IValidateOptions<OrganisationOptions>
{
    public ValidateOptionsResult Validate(string? name, OrganisationOptions options)
    {
        var failures = new List<string>();
        if (TimeZones.Find(options.TimeZone) is null)
        {
            failures.Add($"{OrganisationOptions.Section}:{nameof(OrganisationOptions.TimeZone)} '{options.TimeZone}' is not a known IANA time zone; use an id such as Europe/Amsterdam or America/New_York.");
        }

        try
        {
            _ = options.Week;
        }
        catch (FormatException refusal)
        {
            failures.Add($"{OrganisationOptions.Section}:{nameof(OrganisationOptions.WorkingDays)} must list working days, e.g. Monday,Tuesday,Wednesday,Thursday,Friday: {refusal.Message}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
