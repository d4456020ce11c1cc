// Passkeys (decision 031): a button with data-jr-passkey asks the browser for one, then posts its form.
//   data-jr-passkey="create"  makes a new passkey from the options in data-jr-passkey-options (the server wrote them
//                             into the page after the user confirmed their password);
//   data-jr-passkey="get"     signs in with one, after asking data-jr-passkey-options-url for a fresh challenge.
// The form carries two hidden fields: [data-jr-passkey-credential] receives the browser's answer, and
// [data-jr-passkey-problem] the name of what went wrong (cancelled, not supported, ...), which the server turns into a
// message in the user's language. Listening on the document works for pages Blazor swaps in later.

async function askBrowser(button, form) {
    if (!window.PublicKeyCredential?.parseCreationOptionsFromJSON || !navigator.credentials) {
        throw new DOMException("Passkeys are not available here.", "NotSupportedError");
    }

    if (button.dataset.jrPasskey === "create") {
        const options = PublicKeyCredential.parseCreationOptionsFromJSON(JSON.parse(button.dataset.jrPasskeyOptions));
        return navigator.credentials.create({ publicKey: options });
    }

    const token = form.querySelector("input[name='__RequestVerificationToken']")?.value ?? "";
    const response = await fetch(button.dataset.jrPasskeyOptionsUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { RequestVerificationToken: token },
    });
    if (!response.ok) {
        throw new DOMException("The server gave no challenge.", "ServerError");
    }

    const options = PublicKeyCredential.parseRequestOptionsFromJSON(await response.json());
    return navigator.credentials.get({ publicKey: options });
}

async function usePasskey(button) {
    const form = button.closest("form");
    if (!form || button.disabled) {
        return;
    }

    button.disabled = true;
    const credential = form.querySelector("[data-jr-passkey-credential]");
    const problem = form.querySelector("[data-jr-passkey-problem]");
    credential.value = "";
    problem.value = "";
    try {
        const answer = await askBrowser(button, form);
        credential.value = JSON.stringify(answer);
    } catch (error) {
        problem.value = error?.name || "Error";
    }

    form.requestSubmit();
}

document.addEventListener("click", event => {
    const button = event.target instanceof Element ? event.target.closest("[data-jr-passkey]") : null;
    if (button) {
        event.preventDefault();
        usePasskey(button);
    }
});
