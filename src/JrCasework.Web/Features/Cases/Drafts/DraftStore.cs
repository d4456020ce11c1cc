using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace JrCasework.Web.Features.Cases.Drafts;

/// <summary>
/// Reads and clears the drafts that drafts.js keeps in the browser tab while the user types.
/// One per circuit; the module is loaded on first use.
/// </summary>
internal sealed class DraftStore(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    public async Task WatchAsync(ElementReference wrapper, string key) =>
        await (await ModuleAsync()).InvokeVoidAsync("watch", wrapper, key);

    /// <summary>Keeps a value that is not typed in a watched field (a choice, a date) with the drafts.</summary>
    public async Task SaveAsync(string key, string value) =>
        await (await ModuleAsync()).InvokeVoidAsync("save", key, value);

    public async Task<string?> ReadAsync(string key) =>
        await (await ModuleAsync()).InvokeAsync<string?>("read", key);

    public async Task ClearAsync(string key) =>
        await (await ModuleAsync()).InvokeVoidAsync("clear", key);

    private async Task<IJSObjectReference> ModuleAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./js/drafts.js");

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone; nothing to release there.
            }
        }
    }
}
