// Drafts of what a supervisor types in a case, kept in this browser tab (sessionStorage) on every
// keystroke — without a round trip to the server — so a reload or a dropped connection loses nothing.
// They disappear when the tab closes, on sign-out, and as soon as the text is saved.
const prefix = "jr-draft:";

export function watch(wrapper, key) {
    const field = wrapper?.querySelector("textarea, input");
    if (!field || field.dataset.draftWatched === key) {
        return;
    }
    field.dataset.draftWatched = key;
    field.addEventListener("input", () => sessionStorage.setItem(prefix + key, field.value));
}

export function save(key, value) {
    sessionStorage.setItem(prefix + key, value);
}

export function read(key) {
    return sessionStorage.getItem(prefix + key);
}

export function clear(key) {
    sessionStorage.removeItem(prefix + key);
}
