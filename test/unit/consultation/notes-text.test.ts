import { describe, expect, it } from "vitest";
import { notesAsText } from "../../../src/client/notes-text.ts";

describe("notesAsText(notes)", () => {
  it("keeps non-empty notes, each headed by its section title and id", () => {
    expect(
      notesAsText([
        { id: "proposal-homes", title: "The proposal", text: "  Too fast.  " },
        { id: "rate-per-10000", title: "Rate per 10,000", text: "   " },
        { id: "general", title: "General comments", text: "Line one\nLine two" },
      ]),
    ).toBe("The proposal (section: proposal-homes)\n\nToo fast.\n\nGeneral comments (section: general)\n\nLine one\nLine two\n");
  });
  it("is empty when there are no notes", () => {
    expect(notesAsText([{ id: "a", title: "A", text: "" }])).toBe("");
  });
});
