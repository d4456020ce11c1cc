using MudBlazor;

namespace JrCasework.Web.Components.Layout;

/// <summary>
/// MudBlazor's own screen-reader labels ("Increment", "Open", "Start date"…) in the user's language:
/// a key <c>MudInput_Increment</c> is looked up as <c>Mud.MudInput_Increment</c> in the shared resources.
/// MudBlazor keeps its built-in English for English pages and for any key not listed there.
/// </summary>
internal sealed class JrMudLocalizer(IStringLocalizer<SharedResource> texts) : MudLocalizer
{
    public override LocalizedString this[string key] => Under(key, texts["Mud." + key]);

    public override LocalizedString this[string key, params object[] arguments] => Under(key, texts["Mud." + key, arguments]);

    /// <summary>Our text under MudBlazor's key; not found tells MudBlazor to use its own English.</summary>
    private static LocalizedString Under(string key, LocalizedString text) =>
        new(key, text.ResourceNotFound ? key : text.Value, text.ResourceNotFound);
}
