using JrCasework.Domain.Reminders;

namespace JrCasework.Web.Features.Notifications;

/// <summary>
/// The bell in the top bar: the unread count, refreshed every half minute, and the latest
/// notifications; opening one marks it read and goes to its case.
/// </summary>
public partial class NotificationBell
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(30);

    private int _unread;
    private bool _open;
    private IReadOnlyList<Notification> _latest = [];
    private ITimer? _timer;

    private string CountText => _unread > 99 ? "99+" : _unread.ToString(System.Globalization.CultureInfo.CurrentCulture);

    private string BellLabel => _unread > 0 ? $"{N["Bell.Label"]}: {N["Bell.Unread", _unread]}" : N["Bell.Label"];

    protected override async Task OnInitializedAsync() => await RefreshCountAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _timer = Clock.CreateTimer(_ => _ = InvokeAsync(RefreshAndRenderAsync), null, RefreshEvery, RefreshEvery);
        }
    }

    private async Task RefreshAndRenderAsync()
    {
        await RefreshCountAsync();
        StateHasChanged();
    }

    private async Task RefreshCountAsync()
    {
        try
        {
            _unread = await Centre.UnreadCountAsync();
        }
        catch (AccessDeniedException)
        {
            _unread = 0;
        }
    }

    private async Task ToggleAsync()
    {
        _open = !_open;
        if (_open)
        {
            _latest = await Centre.LatestAsync(take: 8);
            await RefreshCountAsync();
        }
    }

    private void Close() => _open = false;

    private async Task OpenAsync(Notification notification)
    {
        await Centre.MarkReadAsync(notification.Id);
        _open = false;
        await RefreshCountAsync();
        Navigation.NavigateTo(NotificationCentre.LinkFor(notification));
    }

    private async Task MarkAllReadAsync()
    {
        await Centre.MarkAllReadAsync();
        _latest = await Centre.LatestAsync(take: 8);
        await RefreshCountAsync();
    }

    public void Dispose()
    {
        _timer?.Dispose();
        GC.SuppressFinalize(this);
    }
}
