using JrCasework.Domain.Organisation;

namespace JrCasework.Web.Hosting;

internal static class WorkingWeekExtensions
{
    public const string Setting = "Organisation:WorkingDays";

    /// <summary>
    /// The organisation's working days from <c>Organisation:WorkingDays</c> (Monday to Friday when not set), for the
    /// dates the pages suggest. Read once at start: a setting that is not a list of days stops the start with the reason.
    /// </summary>
    public static IServiceCollection AddJrCaseworkWorkingWeek(this IServiceCollection services, IConfiguration configuration)
    {
        var text = configuration[Setting];
        WorkingWeek week;
        try
        {
            week = string.IsNullOrWhiteSpace(text) ? WorkingWeek.MondayToFriday : WorkingWeek.Parse(text);
        }
        catch (FormatException refusal)
        {
            throw new InvalidOperationException($"{Setting} must list working days, e.g. Monday,Tuesday,Wednesday,Thursday,Friday: {refusal.Message}", refusal);
        }

        services.AddSingleton(week);
        return services;
    }
}
