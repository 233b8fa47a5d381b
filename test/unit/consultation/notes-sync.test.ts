import { describe, expect, it } from "vitest";
import { clearedElsewhere, incomingChange, keepBoth, orphanIds } from "../../../src/lib/consultation/notes-sync.ts";
import { notesAsText } from "../../../src/client/notes-text.ts";

describe("incomingChange(current, synced, incoming, editing)", () => {
  it("shows a change from another tab where this page holds nothing it would lose", () => {
    expect(incomingChange("Old.", "Old.", "New.", false)).toBe("update");
    expect(incomingChange("", "", "New.", true)).toBe("update");
    expect(incomingChange("Same.", "Old.", "Same.", true)).toBe("same");
  });
  it("keeps this page's text when the reader is writing it, or when it is not stored", () => {
    expect(incomingChange("Mine.", "Mine.", "Theirs.", true)).toBe("conflict");
    expect(incomingChange("Mine, unsaved.", "Mine.", "Theirs.", false)).toBe("conflict");
    expect(incomingChange("Mine.", "Mine.", "", true)).toBe("conflict");
  });
});

describe("keepBoth(mine, other)", () => {
  it("keeps both, this page's first, a blank line between", () => {
    expect(keepBoth("Mine.\n", "  Theirs.")).toBe("Mine.\n\nTheirs.");
  });
  it("does not repeat text that is already there", () => {
    expect(keepBoth("Mine. Theirs.", "Theirs.")).toBe("Mine. Theirs.");
    expect(keepBoth("", "Theirs.")).toBe("Theirs.");
    expect(keepBoth("Mine.", "")).toBe("Mine.");
  });
});

describe("orphanIds(keys, prefix, known)", () => {
  it("finds notes stored under section ids the page does not have, and nothing else", () => {
    const keys = ["p:general", "p:old-section", "other:x", "p:", "p:money"];
    expect(orphanIds(keys, "p:", new Set(["general", "money"]))).toEqual(["old-section"]);
  });
  it("notes under them are exported like any other", () => {
    expect(notesAsText([{ id: "old-section", title: "Other", text: "Kept." }])).toBe("Other (section: old-section)\n\nKept.\n");
  });
});

describe("clearedElsewhere(notes)", () => {
  it("is true when a note this page had stored is gone", () => {
    expect(clearedElsewhere([{ synced: "Kept.", stored: "" }])).toBe(true);
    expect(clearedElsewhere([{ synced: "", stored: "" }, { synced: "A", stored: "A" }])).toBe(false);
  });
});
