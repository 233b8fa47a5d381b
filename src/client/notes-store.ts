/**
 * The notes island's storage, made safe: a browser can refuse to store at any moment
 * (storage turned off, Safari's private mode, a full quota), and then `localStorage`
 * throws, on access, on reading or on writing. Every call here catches that and reports
 * it, so the island can tell the reader at once instead of losing text silently.
 */

/** What saving a note did. */
export type SaveResult = "saved" | "refused";

export interface NotesStore {
  /** False when the browser gave no usable storage at all. */
  readonly available: boolean;
  /** The stored text under `key`, or "" when there is none or it cannot be read. */
  load(key: string): string;
  /** Stores `text` under `key` (removes it when empty); "refused" when the browser would not. */
  save(key: string, text: string): SaveResult;
  /** Every stored key that starts with `prefix`, in storage order; [] when storage cannot be read. */
  keys(prefix: string): string[];
}

/**
 * A store over `getStorage()` (normally `() => window.localStorage`, which itself throws
 * when storage is turned off). A probe read at the start finds storage that is off.
 */
export function notesStore(getStorage: () => Storage): NotesStore {
  let storage: Storage | null = null;
  try {
    storage = getStorage();
    storage.getItem("probe");
  } catch {
    storage = null;
  }
  return {
    available: storage !== null,
    load(key) {
      if (!storage) return "";
      try {
        return storage.getItem(key) ?? "";
      } catch {
        return "";
      }
    },
    save(key, text) {
      if (!storage) return "refused";
      try {
        if (text === "") storage.removeItem(key);
        else storage.setItem(key, text);
        return "saved";
      } catch {
        return "refused";
      }
    },
    keys(prefix) {
      if (!storage) return [];
      try {
        const out: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const k = storage.key(i);
          if (k !== null && k.startsWith(prefix)) out.push(k);
        }
        return out;
      } catch {
        return [];
      }
    },
  };
}
