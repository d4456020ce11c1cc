using JrCasework.Web.Features.Foundations;

namespace JrCasework.Web.Hosting;

internal static class FoundationExtensions
{
    /// <summary>The foundations log, with its intervals from <c>Foundations:*</c>.</summary>
    public static IServiceCollection AddJrCaseworkFoundations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FoundationOptions>().Bind(configuration.GetSection(FoundationOptions.Section))
            .Validate(o =>
            {
                try
                {
                    _ = o.Intervals;
                    return true;
                }
                catch (ArgumentOutOfRangeException)
                {
                    return false;
                }
            }, "Foundations:*Days are 0 (no nudge) to 730; Foundations:DueSoonDays 0 to 60.")
            .ValidateOnStart();
        services.AddScoped<FoundationService>();
        return services;
    }
}
