/**
 * The /respond/ notes island: one textarea per section, saved to localStorage as the reader
 * types and synchronised across tabs through the storage event. Nothing is ever sent over
 * the network; copy and download build plain text in the page.
 */
import { notesAsText, NOTES_KEY_PREFIX } from "../lib/consultation/notes-text.ts";

class NotesTool extends HTMLElement {
  connectedCallback(): void {
    const tool = this.querySelector<HTMLElement>("[data-tool]");
    const status = this.querySelector<HTMLElement>("[data-status]");
    if (!tool || !status) return;
    let storage: Storage;
    try {
      storage = window.localStorage;
      storage.getItem(NOTES_KEY_PREFIX);
    } catch {
      // Storage blocked (private mode, policy): keep the tool hidden rather than lose notes silently.
      return;
    }
    const areas = [...tool.querySelectorAll<HTMLTextAreaElement>("textarea[data-section]")];
    const key = (a: HTMLTextAreaElement) => NOTES_KEY_PREFIX + a.dataset.section;
    for (const a of areas) {
      a.value = storage.getItem(key(a)) ?? "";
      a.addEventListener("input", () => {
        if (a.value === "") storage.removeItem(key(a));
        else storage.setItem(key(a), a.value);
      });
    }
    window.addEventListener("storage", (e) => {
      const a = areas.find((x) => key(x) === e.key);
      if (a && a !== document.activeElement) a.value = e.newValue ?? "";
    });
    const text = () => notesAsText(areas.map((a) => ({ id: a.dataset.section!, title: a.dataset.title!, text: a.value })));
    const say = (msg: string) => {
      status.textContent = msg;
    };
    tool.addEventListener("click", async (e) => {
      const action = (e.target as HTMLElement).closest<HTMLButtonElement>("button[data-action]")?.dataset.action;
      if (action === "copy") {
        const t = text();
        if (!t) return say("There are no notes to copy yet.");
        try {
          await navigator.clipboard.writeText(t);
          say("Notes copied. Paste them into the response form.");
        } catch {
          say("Copying is blocked in this browser; use the download button instead.");
        }
      } else if (action === "download") {
        const t = text();
        if (!t) return say("There are no notes to download yet.");
        const url = URL.createObjectURL(new Blob([t], { type: "text/plain;charset=utf-8" }));
        const link = Object.assign(document.createElement("a"), { href: url, download: "consultation-notes.txt" });
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        say("Notes downloaded as consultation-notes.txt.");
      } else if (action === "clear") {
        if (!window.confirm("Clear all your notes from this browser?")) return;
        for (const a of areas) {
          a.value = "";
          storage.removeItem(key(a));
        }
        say("Notes cleared.");
      }
    });
    tool.hidden = false;
  }
}

customElements.define("notes-tool", NotesTool);
