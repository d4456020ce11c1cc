// Tells the server, at most once per interval, that the person at this page is typing, clicking or scrolling, so a
// sign-in in use does not end for inactivity while the page talks to the server only over its live connection.
// When the server answers that the sign-in has ended, the sign-in page opens, saying why.
const script = document.currentScript;
const interval = Number(script?.dataset.interval) || 60000;
let active = false;

for (const type of ["pointerdown", "keydown", "wheel", "touchstart"]) {
    addEventListener(type, () => { active = true; }, { capture: true, passive: true });
}

setInterval(async () => {
    if (!active) {
        return;
    }
    active = false;
    try {
        const response = await fetch("Account/Activity", { method: "POST", credentials: "same-origin", redirect: "manual" });
        if (response.status === 401) {
            const here = location.pathname + location.search;
            location.assign("Account/Login?ended=true&returnUrl=" + encodeURIComponent(here));
        }
    } catch {
        // Offline for a moment: the next input tries again.
    }
}, interval);
