/**
 * The /respond/ notes island: one textarea per section, saved to localStorage as the reader
 * types and synchronised across tabs through the storage event. Nothing is ever sent over
 * the network; copy and download build plain text in the page.
 *
 * When the browser will not store (storage turned off, private mode, full quota) the
 * reader is told at once, in an alert beside the notes, and offered the download and copy
 * buttons: the text stays in the page, and nothing is lost without a word.
 */
import { notesAsText, NOTES_KEY_PREFIX, NOTES_FILE_NAME } from "../lib/consultation/notes-text.ts";
import { notesStore } from "../lib/consultation/notes-store.ts";

const NOT_STORED =
  "This browser is not saving your notes, so they will be lost when you close or reload this page. " +
  "To keep them, download them now, or use \u201cCopy all notes\u201d at the end of your notes.";

class NotesTool extends HTMLElement {
  connectedCallback(): void {
    const tool = this.querySelector<HTMLElement>("[data-tool]");
    const status = this.querySelector<HTMLElement>("[data-status]");
    const warning = this.querySelector<HTMLElement>("[data-warning]");
    const warningText = warning?.querySelector<HTMLElement>("[data-warning-text]");
    if (!tool || !status || !warning || !warningText) return;
    const say = (msg: string) => {
      status.textContent = msg;
    };
    const store = notesStore(() => window.localStorage);
    const areas = [...tool.querySelectorAll<HTMLTextAreaElement>("textarea[data-section]")];
    const key = (a: HTMLTextAreaElement) => NOTES_KEY_PREFIX + a.dataset.section;
    // Sections whose latest text the browser refused to store.
    const unsaved = new Set<string>();
    const warn = () => {
      if (!warning.hidden) return;
      warning.hidden = false;
      // Set after the alert is shown, so screen readers announce it.
      requestAnimationFrame(() => (warningText.textContent = NOT_STORED));
    };
    const save = (a: HTMLTextAreaElement) => {
      // An empty note has nothing to lose, even where the browser stores nothing.
      const saved = store.save(key(a), a.value) === "saved" || a.value === "";
      if (saved) unsaved.delete(key(a));
      else unsaved.add(key(a));
      // Beside the note itself too, where the reader is typing.
      const mark = a.parentElement?.querySelector<HTMLElement>("[data-unsaved]");
      if (mark) mark.hidden = saved;
      if (unsaved.size > 0) warn();
      else if (!warning.hidden && store.available) {
        warning.hidden = true;
        warningText.textContent = "";
        say("Your notes are being saved in this browser again.");
      }
    };
    for (const a of areas) {
      a.value = store.load(key(a));
      a.addEventListener("input", () => save(a));
    }
    window.addEventListener("storage", (e) => {
      const a = areas.find((x) => key(x) === e.key);
      if (a && a !== document.activeElement) a.value = e.newValue ?? "";
    });
    const text = () => notesAsText(areas.map((a) => ({ id: a.dataset.section!, title: a.dataset.title!, text: a.value })));
    this.addEventListener("click", async (e) => {
      const action = (e.target as HTMLElement).closest<HTMLButtonElement>("button[data-action]")?.dataset.action;
      if (action === "copy") {
        const t = text();
        if (!t) return say("There are no notes to copy yet.");
        try {
          await navigator.clipboard.writeText(t);
          say("Notes copied.");
        } catch {
          say("Copying is blocked in this browser; use the download button instead.");
        }
      } else if (action === "download") {
        const t = text();
        if (!t) return say("There are no notes to download yet.");
        const url = URL.createObjectURL(new Blob([t], { type: "text/plain;charset=utf-8" }));
        const link = Object.assign(document.createElement("a"), { href: url, download: NOTES_FILE_NAME });
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        say(`Notes downloaded as ${NOTES_FILE_NAME}.`);
      } else if (action === "clear") {
        if (!window.confirm("Clear all your notes from this browser?")) return;
        for (const a of areas) {
          a.value = "";
          save(a);
        }
        say("Notes cleared.");
      }
    });
    tool.hidden = false;
    if (!store.available) warn();
  }
}

customElements.define("notes-tool", NotesTool);
