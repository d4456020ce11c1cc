using JrCasework.Web.Features.Shared;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Hosting;

internal static class TimeZoneExtensions
{
    /// <summary>The organisation's time zone (checked on start) and each user's clock.</summary>
    public static IServiceCollection AddJrCaseworkTimeZones(this IServiceCollection services)
    {
        services.AddOptions<TimeZoneOptions>().BindConfiguration(TimeZoneOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TimeZoneOptions>, TimeZoneOptionsValidator>();
        services.AddScoped<UserClock>();
        return services;
    }
}
