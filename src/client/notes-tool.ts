/**
 * The /respond/ notes island: one textarea per section, saved to localStorage as the reader
 * types and synchronised across tabs through the storage event. Nothing is ever sent over
 * the network; copy and download build plain text in the page.
 *
 * When the browser will not store (storage turned off, private mode, full quota) the
 * reader is told at once, in an alert beside the notes, and offered the download and copy
 * buttons: the text stays in the page, and nothing is lost without a word.
 */
import { notesAsText, NOTES_KEY_PREFIX } from "../lib/consultation/notes-text.ts";
import { notesStore } from "../lib/consultation/notes-store.ts";
import { fillSlots, readMessages } from "./messages.ts";
import type { Ui } from "../schemas/ui.ts";

class NotesTool extends HTMLElement {
  connectedCallback(): void {
    const tool = this.querySelector<HTMLElement>("[data-tool]");
    const status = this.querySelector<HTMLElement>("[data-status]");
    const warning = this.querySelector<HTMLElement>("[data-warning]");
    const warningText = warning?.querySelector<HTMLElement>("[data-warning-text]");
    if (!tool || !status || !warning || !warningText) return;
    const m = readMessages<Ui["browser"]["notes"]>(this);
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
      requestAnimationFrame(() => (warningText.textContent = m.notStored));
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
        say(m.savedAgain);
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
        if (!t) return say(m.nothingToCopy);
        try {
          await navigator.clipboard.writeText(t);
          say(m.copied);
        } catch {
          say(m.copyBlocked);
        }
      } else if (action === "download") {
        const t = text();
        if (!t) return say(m.nothingToDownload);
        const url = URL.createObjectURL(new Blob([t], { type: "text/plain;charset=utf-8" }));
        const link = Object.assign(document.createElement("a"), { href: url, download: m.fileName });
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        say(fillSlots(m.downloaded, { file: m.fileName }));
      } else if (action === "clear") {
        if (!window.confirm(m.confirmClear)) return;
        for (const a of areas) {
          a.value = "";
          save(a);
        }
        say(m.cleared);
      }
    });
    tool.hidden = false;
    if (!store.available) warn();
  }
}

customElements.define("notes-tool", NotesTool);
