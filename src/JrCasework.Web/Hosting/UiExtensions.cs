using JrCasework.Web.Components.Layout;
using JrCasework.Web.Features.Admin.Categories;
using JrCasework.Web.Features.Admin.Employees;
using JrCasework.Web.Features.Admin.OrgUnits;
using JrCasework.Web.Features.Admin.Users;
using JrCasework.Web.Features.Calendar;
using JrCasework.Web.Features.Cases;
using JrCasework.Web.Features.Cases.Drafts;
using JrCasework.Web.Features.Cases.Opening;
using JrCasework.Web.Features.Dashboard;
using MudBlazor;
using MudBlazor.Services;

namespace JrCasework.Web.Hosting;

internal static class UiExtensions
{
    /// <summary>Blazor Server with interactive server rendering, and MudBlazor for the interactive pages.</summary>
    public static IServiceCollection AddJrCaseworkUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddTransient<MudLocalizer, JrMudLocalizer>();
        return services;
    }

    /// <summary>The feature services, one line per feature.</summary>
    public static IServiceCollection AddJrCaseworkFeatures(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddJrCaseworkOrganisation();
        services.AddSingleton<PublicLinks>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<JrCasework.Web.Features.Admin.Confirmations.RoleRequests>();
        services.AddScoped<OrgUnitAdministration>();
        services.AddScoped<EmployeeAdministration>();
        services.AddScoped<EmployeeImporter>();
        services.AddScoped<TeamDirectory>();
        services.AddScoped<CategoryAdministration>();
        services.AddScoped<CaseService>();
        services.AddScoped<CaseQueries>();
        services.AddSingleton<CaseChanges>();
        services.AddScoped<JrCasework.Web.Features.Cases.Similar.SimilarCases>();
        services.AddScoped<DraftStore>();
        services.AddScoped<DashboardQueries>();
        services.AddSingleton<FollowUpCalendar>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<ReminderPreferences>();
        services.AddSingleton<JrCasework.Web.Features.Shared.Pseudonyms>();
        services.AddScoped<JrCasework.Web.Features.Reports.ReportQueries>();
        services.AddScoped<JrCasework.Web.Features.Reviews.OutcomeQueries>();
        services.AddScoped<JrCasework.Web.Features.Reviews.ReviewService>();
        services.AddSingleton(CasePanel.Of<JrCasework.Web.Features.Reviews.CaseReviewPanel>());
        services.AddScoped<JrCasework.Web.Features.Reviews.CaseListExport>();
        services.AddScoped<JrCasework.Web.Features.Audit.AuditTrail>();
        services.AddScoped<JrCasework.Web.Features.Privacy.LegalHolds>();
        services.AddSingleton(CasePanel.Of<JrCasework.Web.Features.Privacy.LegalHoldPanel>());
        return services;
    }
}
