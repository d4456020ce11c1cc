using Microsoft.Extensions.Options;

namespace JrCasework.Web.Hosting;

internal static class OrganisationExtensions
{
    /// <summary>
    /// The organisation's calendar from <c>Organisation:*</c>, checked on start (a wrong setting stops the start with
    /// the reason): its working week for the dates the pages suggest, and each user's clock in their time zone.
    /// </summary>
    public static IServiceCollection AddJrCaseworkOrganisation(this IServiceCollection services)
    {
        services.AddOptions<OrganisationOptions>().BindConfiguration(OrganisationOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OrganisationOptions>, OrganisationOptionsValidator>();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<OrganisationOptions>>().Value.Week);
        services.AddScoped<UserClock>();
        return services;
    }
}
