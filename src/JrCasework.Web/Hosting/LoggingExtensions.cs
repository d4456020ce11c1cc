using Serilog;

namespace JrCasework.Web.Hosting;

internal static class LoggingExtensions
{
    /// <summary>
    /// Serilog from configuration ("Serilog" section): console and a rolling file.
    /// Log message templates carry ids and references only, never case content.
    /// </summary>
    public static WebApplicationBuilder AddJrCaseworkLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
