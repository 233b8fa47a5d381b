/**
 * The /respond/ notes island: one textarea per section, saved to localStorage as the reader
 * types and synchronised across tabs through the storage event. Nothing is ever sent over
 * the network; copy and download build plain text in the page.
 *
 * Nothing is lost without a word:
 * - When the browser will not store (storage turned off, private mode, full quota) the
 *   reader is told at once, in an alert beside the notes, and offered the download and copy
 *   buttons: the text stays in the page.
 * - A note changed in another tab or window replaces this page's text only when this page
 *   holds nothing the change would lose (notes-sync.ts). If the reader is writing that note
 *   here, their text stays in the field, the status line says so, and the note offers to
 *   keep both versions or to load the other one.
 * - Notes stored under a section id the page has no field for (a section renamed or
 *   removed) are shown under "Other notes", editable, and in every copy and download.
 * - Notes removed from storage outside the page (another tab clearing storage, or the
 *   browser's settings, which send no event and are checked for when the page is shown
 *   again) stay in the fields; the reader is told and can save them again.
 */
import { notesAsText, NOTES_KEY_PREFIX } from "./notes-text.ts";
import { notesStore } from "./notes-store.ts";
import { clearedElsewhere, incomingChange, keepBoth, orphanIds } from "../lib/consultation/notes-sync.ts";
import { fillSlots, readMessages } from "./messages.ts";
import type { Ui } from "../schemas/ui.ts";

class NotesTool extends HTMLElement {
  connectedCallback(): void {
    const tool = this.querySelector<HTMLElement>("[data-tool]");
    const status = this.querySelector<HTMLElement>("[data-status]");
    const warning = this.querySelector<HTMLElement>("[data-warning]");
    const warningText = warning?.querySelector<HTMLElement>("[data-warning-text]");
    const saveAgain = warning?.querySelector<HTMLButtonElement>("[data-action=save-again]");
    const other = this.querySelector<HTMLElement>("[data-other]");
    const template = tool?.querySelector<HTMLElement>(".note");
    if (!tool || !status || !warning || !warningText || !saveAgain || !other || !template) return;
    const m = readMessages<Ui["browser"]["notes"]>(this);
    const say = (msg: string) => {
      status.textContent = msg;
    };
    const store = notesStore(() => window.localStorage);
    const areas = [...tool.querySelectorAll<HTMLTextAreaElement>("textarea[data-section]")];
    const key = (a: HTMLTextAreaElement) => NOTES_KEY_PREFIX + a.dataset.section;
    const byKey = (k: string) => areas.find((a) => key(a) === k);
    // What this page last knew to be stored under each key: a change from elsewhere is
    // measured against it, so it never replaces text the store does not hold.
    const synced = new Map<string, string>();
    // Sections whose latest text is not in storage: refused by the browser, or removed elsewhere.
    const unsaved = new Set<string>();
    // The other version of a note, where another tab changed it while the reader wrote here.
    const others = new Map<string, string>();

    const markUnsaved = (a: HTMLTextAreaElement, isUnsaved: boolean) => {
      const mark = a.parentElement?.querySelector<HTMLElement>("[data-unsaved]");
      if (mark) mark.hidden = !isUnsaved;
    };
    const warn = (msg: string, offerSave: boolean) => {
      saveAgain.hidden = !offerSave;
      if (!warning.hidden && warningText.textContent === msg) return;
      warning.hidden = false;
      warningText.textContent = "";
      // Set a moment after the alert is shown, so screen readers announce it. A timer, not
      // requestAnimationFrame: frames stop in a tab the reader is not looking at, and the
      // warning must already be there when another tab's change is noticed in the background.
      setTimeout(() => (warningText.textContent = msg), 50);
    };
    const save = (a: HTMLTextAreaElement) => {
      // An empty note has nothing to lose, even where the browser stores nothing.
      const ok = store.save(key(a), a.value) === "saved";
      if (ok) synced.set(key(a), a.value);
      if (ok || a.value === "") unsaved.delete(key(a));
      else unsaved.add(key(a));
      // Beside the note itself too, where the reader is typing.
      markUnsaved(a, unsaved.has(key(a)));
      if (unsaved.size > 0) {
        if (!ok) warn(m.notStored, false);
      } else if (!warning.hidden && store.available) {
        warning.hidden = true;
        warningText.textContent = "";
        say(m.savedAgain);
      }
    };

    /** The heading a note is exported and announced under. */
    const title = (a: HTMLTextAreaElement) => a.dataset.title!;

    /** A field for notes kept under a section id the page does not have, under "Other notes". */
    const addOrphan = (id: string) => {
      if (other.hidden) {
        const h = document.createElement("h3");
        h.textContent = m.otherNotes;
        const p = document.createElement("p");
        p.textContent = m.otherNotesIntro;
        other.append(h, p);
        other.hidden = false;
      }
      // A copy of a section's note, so it looks and behaves as the others do.
      const block = template.cloneNode(true) as HTMLElement;
      block.querySelector(".note-link")?.remove();
      block.querySelector(".note-conflict")?.remove();
      const a = block.querySelector("textarea")!;
      const label = block.querySelector("label")!;
      const name = fillSlots(m.orphanTitle, { section: id });
      a.id = `note-other-${areas.length}`;
      a.dataset.section = id;
      a.dataset.title = name;
      a.value = "";
      label.htmlFor = a.id;
      label.textContent = name;
      block.querySelector<HTMLElement>("[data-unsaved]")!.hidden = true;
      other.append(block);
      areas.push(a);
      a.addEventListener("input", () => save(a));
      return a;
    };

    /** Tells the reader another tab changed the note they are writing, and offers the other version. */
    const conflict = (a: HTMLTextAreaElement, incoming: string) => {
      others.set(key(a), incoming);
      let box = a.parentElement?.querySelector<HTMLElement>(".note-conflict");
      const msg = fillSlots(m.changedElsewhere, { section: title(a) });
      if (!box) {
        box = document.createElement("div");
        box.className = "note-conflict";
        const p = document.createElement("p");
        const both = Object.assign(document.createElement("button"), { type: "button", textContent: m.keepBoth });
        both.dataset.action = "keep-both";
        const load = Object.assign(document.createElement("button"), { type: "button", textContent: m.loadOther });
        load.dataset.action = "load-other";
        box.append(p, both, load);
        a.after(box);
      }
      box.querySelector("p")!.textContent = msg;
      box.hidden = false;
      say(msg);
    };
    const resolve = (a: HTMLTextAreaElement, text: string, msg: string) => {
      others.delete(key(a));
      a.value = text;
      save(a);
      a.parentElement?.querySelector<HTMLElement>(".note-conflict")?.remove();
      say(fillSlots(msg, { section: title(a) }));
    };

    /** A note's stored value changed outside this page. */
    const changed = (a: HTMLTextAreaElement, incoming: string) => {
      const was = synced.get(key(a)) ?? "";
      synced.set(key(a), incoming);
      switch (incomingChange(a.value, was, incoming, a === document.activeElement)) {
        case "same":
          return;
        case "update":
          a.value = incoming;
          unsaved.delete(key(a));
          markUnsaved(a, false);
          return;
        case "conflict":
          // Removed elsewhere while the reader writes here: their text is simply no longer stored.
          if (incoming === "") return lost([a]);
          return conflict(a, incoming);
      }
    };
    /** Notes whose stored copy is gone: they stay in the fields, marked, and the reader is told. */
    const lost = (gone: HTMLTextAreaElement[]) => {
      for (const a of gone) {
        synced.set(key(a), "");
        if (a.value === "") continue;
        unsaved.add(key(a));
        markUnsaved(a, true);
      }
      if (unsaved.size > 0) warn(m.clearedElsewhere, true);
    };

    for (const a of areas) {
      a.value = store.load(key(a));
      synced.set(key(a), a.value);
      a.addEventListener("input", () => save(a));
    }
    const known = new Set(areas.map((a) => a.dataset.section!));
    for (const id of orphanIds(store.keys(NOTES_KEY_PREFIX), NOTES_KEY_PREFIX, known)) {
      const a = addOrphan(id);
      a.value = store.load(key(a));
      synced.set(key(a), a.value);
    }

    window.addEventListener("storage", (e) => {
      // Only localStorage's events (sessionStorage has its own), and only where it can be read.
      if (!store.available || e.storageArea !== window.localStorage) return;
      // The whole storage was cleared in another tab.
      if (e.key === null) return lost(areas.filter((a) => (synced.get(key(a)) ?? "") !== "" || a.value !== ""));
      const id = e.key.startsWith(NOTES_KEY_PREFIX) ? e.key.slice(NOTES_KEY_PREFIX.length) : "";
      if (id === "") return;
      // A note under a section this page does not have, written elsewhere: shown under "Other notes".
      const a = byKey(e.key) ?? (e.newValue ? addOrphan(id) : undefined);
      if (a) changed(a, e.newValue ?? "");
    });
    // Site data cleared in the browser's settings sends no event: look again when the page is shown.
    const recheck = () => {
      if (!store.available || document.visibilityState !== "visible") return;
      const notes = areas.filter((a) => !unsaved.has(key(a))).map((a) => ({ a, synced: synced.get(key(a)) ?? "", stored: store.load(key(a)) }));
      if (clearedElsewhere(notes)) lost(notes.filter((n) => n.synced !== "" && n.stored === "").map((n) => n.a));
      for (const n of notes) if (n.stored !== "" && n.stored !== n.synced) changed(n.a, n.stored);
    };
    document.addEventListener("visibilitychange", recheck);
    window.addEventListener("focus", recheck);
    window.addEventListener("pageshow", recheck);

    const text = () => notesAsText(areas.map((a) => ({ id: a.dataset.section!, title: title(a), text: a.value })));
    this.addEventListener("click", async (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>("button[data-action]");
      const action = button?.dataset.action;
      const note = button?.closest(".note")?.querySelector<HTMLTextAreaElement>("textarea[data-section]");
      if (action === "keep-both" && note) {
        resolve(note, keepBoth(note.value, others.get(key(note)) ?? ""), m.keptBoth);
      } else if (action === "load-other" && note) {
        resolve(note, others.get(key(note)) ?? note.value, m.loadedOther);
      } else if (action === "save-again") {
        for (const a of areas) if (unsaved.has(key(a))) save(a);
      } else if (action === "copy") {
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
          others.delete(key(a));
          a.parentElement?.querySelector(".note-conflict")?.remove();
          save(a);
        }
        say(m.cleared);
      }
    });
    tool.hidden = false;
    if (!store.available) warn(m.notStored, false);
  }
}

customElements.define("notes-tool", NotesTool);
