using JrCasework.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddJrCaseworkDataFolder();
builder.AddJrCaseworkLogging();
builder.AddJrCaseworkTelemetry();
builder.AddJrCaseworkData();
builder.Services.AddJrCaseworkIdentity();
builder.Services.AddJrCaseworkSingleSignOn(builder.Configuration);
// The headers first: every response gets them, a refusal over plain HTTP included.
builder.Services.AddJrCaseworkSecurityHeaders(builder.Configuration, builder.Environment);
builder.Services.AddJrCaseworkHttps(builder.Configuration, builder.Environment);
builder.Services.AddJrCaseworkLocalization();
builder.Services.AddJrCaseworkUi();
builder.Services.AddJrCaseworkFeatures();
builder.Services.AddJrCaseworkReminders(builder.Configuration);
builder.Services.AddJrCaseworkFoundations(builder.Configuration);

var app = builder.Build();
if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

await app.InitialiseDatabaseAsync();
app.UseJrCaseworkPipeline();

await app.RunAsync();
return 0;

/// <summary>The web host's entry point; public so that tests can start it.</summary>
public partial class Program;
