import { describe, expect, it } from "vitest";
import { notesStore } from "../../../src/client/notes-store.ts";

/** A Storage over a Map; `refuse` makes setItem throw as a full quota does. */
function fakeStorage(refuse = { set: false, get: false }): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => {
      if (refuse.get) throw new DOMException("The operation is insecure.", "SecurityError");
      return m.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (refuse.set) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      m.set(k, v);
    },
    removeItem: (k: string) => void m.delete(k),
  };
}

describe("notesStore(getStorage)", () => {
  it("saves, loads and removes notes", () => {
    const s = notesStore(() => fakeStorage());
    expect(s.available).toBe(true);
    expect(s.save("a", "Too fast.")).toBe("saved");
    expect(s.load("a")).toBe("Too fast.");
    expect(s.save("a", "")).toBe("saved");
    expect(s.load("a")).toBe("");
  });

  it("reports a write the browser refuses (full quota), instead of throwing", () => {
    const refuse = { set: false, get: false };
    const s = notesStore(() => fakeStorage(refuse));
    refuse.set = true;
    expect(s.save("a", "Text that could not be stored")).toBe("refused");
    refuse.set = false;
    expect(s.save("a", "Text that could")).toBe("saved");
  });

  it("is unavailable when storage is turned off, and every save says so", () => {
    const off = notesStore(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    expect(off.available).toBe(false);
    expect(off.load("a")).toBe("");
    expect(off.save("a", "Text")).toBe("refused");
    expect(notesStore(() => fakeStorage({ set: false, get: true })).available).toBe(false);
  });
});

describe("notesStore(getStorage).keys(prefix)", () => {
  it("lists the stored keys under the prefix, and none when storage is off", () => {
    const storage = fakeStorage();
    storage.setItem("p:a", "1");
    storage.setItem("q:b", "2");
    storage.setItem("p:c", "3");
    expect(notesStore(() => storage).keys("p:")).toEqual(["p:a", "p:c"]);
    expect(notesStore(() => fakeStorage({ set: false, get: true })).keys("p:")).toEqual([]);
  });
});
