using MudBlazor;

namespace JrCasework.Web.Features.Shared;

/// <summary>How a dialog with a form opens: full width up to <c>width</c>, closed by its button or Escape, never by a click beside it.</summary>
internal static class FormDialog
{
    public static DialogOptions Options(MaxWidth width, DefaultFocus? focus = null) => new()
    {
        MaxWidth = width,
        FullWidth = true,
        CloseButton = true,
        CloseOnEscapeKey = true,
        DefaultFocus = focus,

        // A click beside the dialog must not throw away what was typed.
        BackdropClick = false,
    };
}
