using Serilog;

namespace JrCasework.Web.Hosting;

internal static class LoggingExtensions
{
    /// <summary>
    /// Serilog from configuration ("Serilog" section): console and a rolling file.
    /// Log message templates carry ids and references only, never case content. Each host keeps its own
    /// logger (the static one is left alone), so two hosts in one process never write into each other's log.
    /// </summary>
    public static WebApplicationBuilder AddJrCaseworkLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }
}
