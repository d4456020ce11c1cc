// What the markup would otherwise say in onclick attributes, which the Content-Security-Policy does not run: an
// element with data-jr-click asks for one of these. Listening on the document, in the capture phase, works for
// every page and for markup Blazor renders later, and runs before Blazor's own handling of links.
const actions = {
    // The skip link: <base href="/"> would turn "#main-content" into the home page, so move the focus instead.
    "skip-to-content": event => {
        event.preventDefault();
        document.getElementById("main-content")?.focus();
    },
    // Shown when the page stopped working: load it again (drafts survive, see drafts.js).
    reload: event => {
        event.preventDefault();
        location.reload();
    },
    print: () => window.print(),
    // Signing out forgets what this tab kept for the signed-in user.
    "sign-out": () => sessionStorage.clear(),
};

document.addEventListener("click", event => {
    const element = event.target instanceof Element ? event.target.closest("[data-jr-click]") : null;
    actions[element?.dataset.jrClick]?.(event);
}, { capture: true });
