using Microsoft.AspNetCore.Components;

namespace JrCasework.Web.Features.Audit;

/// <summary>
/// The audit trail page (decision 033). The filters live in the address, as on the outcome list, so the back button and
/// a bookmark return to the same search and the CSV link carries it; each search is read once the page is interactive,
/// so a visit reads (and records) it once.
/// </summary>
public sealed partial class AuditTrailPage
{
    private AuditFilter _filter = new();
    private readonly SearchForm _form = new();
    private AuditPage? _page;
    private AuditVerification? _verification;
    private AddressProblem? _problem;
    private bool _denied;
    private bool _verifying;

    [SupplyParameterFromQuery(Name = "case")]
    public string? CaseQuery { get; set; }

    [SupplyParameterFromQuery(Name = "user")]
    public string? UserQuery { get; set; }

    [SupplyParameterFromQuery(Name = "kind")]
    public string? KindQuery { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToQuery { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public string? PageQuery { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private AuditTrail Trail { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string CountText => _page switch
    {
        { UnknownCase: true } => A["Audit.UnknownCase", _filter.Case!],
        { UnknownUser: true } => A["Audit.NoSuchUser", _filter.User!],
        { Total: 0 } => A["Audit.None"],
        { Total: 1 } => A["Audit.CountOne"],
        var page => A["Audit.Count", page!.Total],
    };

    private static DateTime FirstDay => AddressQuery.FirstDay.ToDateTime(TimeOnly.MinValue);

    private DateTime LastDay => UserClock.Today.ToDateTime(TimeOnly.MinValue);

    protected override async Task OnParametersSetAsync()
    {
        var (filter, problem) = AuditFilter.Read(name => name switch
        {
            "case" => CaseQuery,
            "user" => UserQuery,
            "kind" => KindQuery,
            "from" => FromQuery,
            "to" => ToQuery,
            "page" => PageQuery,
            _ => null,
        }, UserClock.Today);
        _problem = problem;
        if (filter is null)
        {
            AddressProblem.MarkBadRequest(HttpContext);
            return;
        }

        if (!RendererInfo.IsInteractive || (filter == _filter && _page is not null))
        {
            return;
        }

        _filter = filter;
        _form.Case = filter.Case;
        _form.User = filter.User;
        _form.Kind = filter.Kind;
        _form.From = filter.From?.ToDateTime(TimeOnly.MinValue);
        _form.To = filter.To?.ToDateTime(TimeOnly.MinValue);
        try
        {
            _page = await Trail.SearchAsync(_filter);
        }
        catch (AccessDeniedException)
        {
            _denied = true;
        }
    }

    private Task SearchAsync() => ApplyAsync(new AuditFilter(
        Blank(_form.Case), Blank(_form.User), _form.Kind,
        _form.From is { } from ? DateOnly.FromDateTime(from) : null, _form.To is { } to ? DateOnly.FromDateTime(to) : null));

    private Task ClearAsync() => ApplyAsync(new AuditFilter());

    private Task PageChangedAsync(int page) => ApplyAsync(_filter with { Page = page });

    private Task ApplyAsync(AuditFilter filter)
    {
        var query = filter.ToQuery(withPage: true);
        Navigation.NavigateTo(query.Length == 0 ? "audit" : "audit?" + query, replace: false);
        return Task.CompletedTask;
    }

    private async Task VerifyAsync()
    {
        _verifying = true;
        try
        {
            _verification = await Trail.VerifyAsync();
        }
        finally
        {
            _verifying = false;
        }
    }

    private string KindName(AuditKind? kind) => kind is { } k ? A[$"Kind.{k}"] : A["Kind.All"];

    private string BreakText(AuditChainBreak b) => b switch
    {
        { Fault: AuditChainFault.Changed, RecordId: { } id } => A["Break.Changed", b.Sequence!, id],
        { Fault: AuditChainFault.Changed } => A["Break.HeadChanged", b.Sequence!],
        { Fault: AuditChainFault.Missing, RecordId: { } id } => A["Break.Missing", b.Sequence!, id],
        { Fault: AuditChainFault.Missing } => A["Break.MissingAtEnd", b.Sequence!],
        { RecordId: { } id } => A["Break.Unsealed", id],
        _ => b.ToString(),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed class SearchForm
    {
        public string? Case { get; set; }

        public string? User { get; set; }

        public AuditKind? Kind { get; set; }

        public DateTime? From { get; set; }

        public DateTime? To { get; set; }
    }
}
