// Set up event handlers
const reconnectModal = document.getElementById("components-reconnect-modal");
reconnectModal.addEventListener("components-reconnect-state-changed", handleReconnectStateChanged);

const retryButton = document.getElementById("components-reconnect-button");
retryButton.addEventListener("click", retry);

const resumeButton = document.getElementById("components-resume-button");
resumeButton.addEventListener("click", resume);

// A dead page must not look alive: the live dot in the top bar goes down while the connection is lost
// (any state but "hide") and for good once blazor.web.js shows its error bar (the circuit crashed).
function markCircuit(down) {
    const marker = document.getElementById("render-mode");
    if (!marker || marker.dataset.interactive === undefined) {
        return;
    }

    if (down && marker.dataset.circuit !== "down") {
        marker.dataset.liveLabel = marker.getAttribute("aria-label") ?? "";
        marker.dataset.circuit = "down";
        marker.dataset.interactive = "false";
        marker.classList.add("is-down");
        marker.setAttribute("aria-label", marker.dataset.downLabel);
        marker.setAttribute("title", marker.dataset.downLabel);
    } else if (!down && marker.dataset.circuit === "down" && !errorUiShown()) {
        marker.dataset.circuit = "up";
        marker.dataset.interactive = "true";
        marker.classList.remove("is-down");
        marker.setAttribute("aria-label", marker.dataset.liveLabel);
        marker.setAttribute("title", marker.dataset.liveLabel);
    }
}

function errorUiShown() {
    const errorUi = document.getElementById("blazor-error-ui");
    return !!errorUi && getComputedStyle(errorUi).display !== "none";
}

// The bar is re-rendered when the page turns interactive, so watch the whole body rather than one element;
// only a change to the bar itself is looked at (MudBlazor changes styles all the time).
new MutationObserver(records => {
    if (records.some(record => record.target.id === "blazor-error-ui") && errorUiShown()) {
        markCircuit(true);
    }
}).observe(document.body, { attributes: true, attributeFilter: ["style"], subtree: true });

function handleReconnectStateChanged(event) {
    markCircuit(event.detail.state !== "hide");
    if (event.detail.state === "show") {
        reconnectModal.showModal();
    } else if (event.detail.state === "hide") {
        reconnectModal.close();
    } else if (event.detail.state === "failed") {
        document.addEventListener("visibilitychange", retryWhenDocumentBecomesVisible);
    } else if (event.detail.state === "rejected") {
        location.reload();
    }
}

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenDocumentBecomesVisible);

    try {
        // Reconnect will asynchronously return:
        // - true to mean success
        // - false to mean we reached the server, but it rejected the connection (e.g., unknown circuit ID)
        // - exception to mean we didn't reach the server (this can be sync or async)
        const successful = await Blazor.reconnect();
        if (!successful) {
            // We have been able to reach the server, but the circuit is no longer available.
            // We'll reload the page so the user can continue using the app as quickly as possible.
            const resumeSuccessful = await Blazor.resumeCircuit();
            if (!resumeSuccessful) {
                location.reload();
            } else {
                reconnectModal.close();
            }
        }
    } catch (err) {
        // We got an exception, server is currently unavailable
        document.addEventListener("visibilitychange", retryWhenDocumentBecomesVisible);
    }
}

async function resume() {
    try {
        const successful = await Blazor.resumeCircuit();
        if (!successful) {
            location.reload();
        }
    } catch {
        reconnectModal.classList.replace("components-reconnect-paused", "components-reconnect-resume-failed");
    }
}

async function retryWhenDocumentBecomesVisible() {
    if (document.visibilityState === "visible") {
        await retry();
    }
}
