import { describe, expect, inject, it } from "vitest";
import type { Download } from "playwright-core";
import { useBrowser } from "../support/browser.ts";
import { ui } from "../../src/lib/content/ui.ts";
import { fillSlots } from "../../src/format/slots.ts";
import { site } from "../support/site.ts";


const PREFIX = site.identifiers.storagePrefix;
const m = () => ui(site).browser.notes;

const browser = useBrowser();
/** A download's text, read through the connection (the browser may run in another process). */
async function downloaded(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

describe("/respond/ notes", () => {
  it("survive a reload and show in a new tab, and nothing is sent over the network", async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.goto(inject("baseUrl") + "/respond/", { waitUntil: "networkidle" });
      const requests: string[] = [];
      page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
      const note = page.getByLabel("Notes: General comments");
      await note.fill("The homes should close in phases.");
      await note.press("End");
      await page.keyboard.type(" Slowly.");
      await page.waitForTimeout(300);
      // Typing makes no request at all: the notes stay in the browser.
      expect(requests).toEqual([]);
      await page.reload();
      await expect.poll(() => page.getByLabel("Notes: General comments").inputValue()).toBe("The homes should close in phases. Slowly.");
      // The reload fetched only the site's own files, and sent nothing.
      const base = new URL(inject("baseUrl")).origin;
      expect(requests.filter((r) => !r.startsWith(`GET ${base}/`))).toEqual([]);

      const other = await context.newPage();
      await other.goto(inject("baseUrl") + "/respond/");
      expect(await other.getByLabel("Notes: General comments").inputValue()).toBe("The homes should close in phases. Slowly.");
      // Typing in one tab updates the other.
      await other.getByLabel("Notes: General comments").fill("Changed in the second tab.");
      await expect.poll(() => page.getByLabel("Notes: General comments").inputValue()).toBe("Changed in the second tab.");

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download as a text file" }).click()]);
      expect(download.suggestedFilename()).toBe(ui(site).browser.notes.fileName);
      expect(await downloaded(download!)).toBe("General comments (section: general)\n\nChanged in the second tab.\n");
      await expect.poll(() => page.getByRole("status").textContent()).toContain("downloaded");
    } finally {
      await context.close();
    }
  });

  it("a note another tab changes while the reader writes it here keeps the reader's text, says so, and offers the other version", async () => {
    const context = await browser().newContext();
    try {
      const [a, b] = [await context.newPage(), await context.newPage()];
      for (const p of [a, b]) await p.goto(inject("baseUrl") + "/respond/", { waitUntil: "networkidle" });
      await a.getByLabel("Notes: General comments").fill("Mine.");
      await b.getByLabel("Notes: General comments").fill("Theirs.");
      // The storage event reaches the first tab: its text stays, and the reader is told.
      const told = fillSlots(m().changedElsewhere, { section: "General comments" });
      await expect.poll(() => a.getByRole("status").textContent()).toBe(told);
      expect(await a.getByLabel("Notes: General comments").inputValue()).toBe("Mine.");
      await a.getByRole("button", { name: m().keepBoth }).click();
      expect(await a.getByLabel("Notes: General comments").inputValue()).toBe("Mine.\n\nTheirs.");
      expect(await a.evaluate((k) => localStorage.getItem(k), `${PREFIX}general`)).toBe("Mine.\n\nTheirs.");
      // The second tab was writing too: it keeps "Theirs." and can load the merged version.
      await expect.poll(() => b.getByRole("status").textContent()).toBe(told);
      expect(await b.getByLabel("Notes: General comments").inputValue()).toBe("Theirs.");
      await b.getByRole("button", { name: m().loadOther }).click();
      expect(await b.getByLabel("Notes: General comments").inputValue()).toBe("Mine.\n\nTheirs.");
      expect(await b.getByRole("button", { name: m().loadOther }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("notes under a section id the site no longer has are shown under Other notes, kept in step across tabs, and exported", async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    try {
      await context.addInitScript((k) => {
        if (!sessionStorage.getItem("seeded")) localStorage.setItem(k, "Kept from an old section.");
        sessionStorage.setItem("seeded", "1");
      }, `${PREFIX}a-removed-section`);
      const page = await context.newPage();
      await page.goto(inject("baseUrl") + "/respond/", { waitUntil: "networkidle" });
      expect(await page.getByRole("heading", { name: m().otherNotes }).isVisible()).toBe(true);
      const orphan = page.getByLabel(fillSlots(m().orphanTitle, { section: "a-removed-section" }));
      expect(await orphan.inputValue()).toBe("Kept from an old section.");
      // One written under another missing id in a second tab appears here too.
      const other = await context.newPage();
      await other.goto(inject("baseUrl") + "/respond/", { waitUntil: "networkidle" });
      await other.evaluate((k) => localStorage.setItem(k, "Written elsewhere."), `${PREFIX}another-old-one`);
      const late = page.getByLabel(fillSlots(m().orphanTitle, { section: "another-old-one" }));
      await expect.poll(() => late.inputValue()).toBe("Written elsewhere.");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download as a text file" }).click()]);
      expect(await downloaded(download!)).toBe(
        `${fillSlots(m().orphanTitle, { section: "a-removed-section" })} (section: a-removed-section)\n\nKept from an old section.\n\n` +
          `${fillSlots(m().orphanTitle, { section: "another-old-one" })} (section: another-old-one)\n\nWritten elsewhere.\n`,
      );
    } finally {
      await context.close();
    }
  });

  it("notes removed from storage outside the page stay in the page, and the reader is told and can save them again", async () => {
    const context = await browser().newContext();
    try {
      const [a, b] = [await context.newPage(), await context.newPage()];
      for (const p of [a, b]) await p.goto(inject("baseUrl") + "/respond/", { waitUntil: "networkidle" });
      await a.getByLabel("Notes: General comments").fill("Do not lose this.");
      await a.getByLabel("Notes: General comments").blur();
      // Another tab clears the whole storage: a storage event with no key.
      await b.evaluate(() => localStorage.clear());
      await expect.poll(() => a.getByRole("alert").textContent()).toContain(m().clearedElsewhere);
      expect(await a.getByLabel("Notes: General comments").inputValue()).toBe("Do not lose this.");
      expect(await a.getByLabel("Notes: General comments").locator("xpath=following-sibling::p[@data-unsaved]").isVisible()).toBe(true);
      await a.getByRole("button", { name: ui(site).notes.saveAgain }).click();
      expect(await a.evaluate((k) => localStorage.getItem(k), `${PREFIX}general`)).toBe("Do not lose this.");
      await expect.poll(() => a.getByRole("status").textContent()).toBe(m().savedAgain);
      expect(await a.getByRole("alert").count()).toBe(0);
      // The browser's settings clear site data without an event: noticed when the page is shown again.
      await a.evaluate(() => localStorage.clear());
      await a.evaluate(() => window.dispatchEvent(new Event("focus")));
      await expect.poll(() => a.getByRole("alert").textContent()).toContain(m().clearedElsewhere);
      expect(await a.getByLabel("Notes: General comments").inputValue()).toBe("Do not lose this.");
    } finally {
      await context.close();
    }
  });

  // A browser can refuse to store at any moment: a full quota makes setItem throw; storage
  // turned off (or Safari's private mode) makes even reading localStorage throw.
  const refusals = {
    "a full quota (setItem throws)": () => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    },
    "storage turned off (localStorage throws)": () => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    },
  };
  for (const [name, refuse] of Object.entries(refusals)) {
    it(`when the browser will not store the notes (${name}), says so at once and the text can still be kept`, async () => {
      const context = await browser().newContext({ acceptDownloads: true });
      try {
        await context.addInitScript(refuse);
        await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(inject("baseUrl")).origin });
        const page = await context.newPage();
        await page.goto(inject("baseUrl") + "/respond/", { waitUntil: "networkidle" });
        const note = page.getByLabel("Notes: General comments");
        await note.fill("Phase the closures.");
        // Told at once, in an alert, and beside the note itself.
        const alert = page.getByRole("alert");
        await expect.poll(() => alert.textContent()).toContain("This browser is not saving your notes");
        expect(await alert.isVisible()).toBe(true);
        expect(await note.locator("xpath=following-sibling::p[1]").textContent()).toBe("Not saved in this browser.");
        expect(await note.locator("xpath=following-sibling::p[1]").isVisible()).toBe(true);
        // Nothing lost: the text stays in the page, and can be downloaded and copied.
        expect(await note.inputValue()).toBe("Phase the closures.");
        const [download] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "Download your notes now" }).click()]);
        expect(await downloaded(download!)).toBe("General comments (section: general)\n\nPhase the closures.\n");
        await page.getByRole("button", { name: "Copy all notes" }).click();
        await expect.poll(() => page.getByRole("status").textContent()).toBe("Notes copied.");
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("General comments (section: general)\n\nPhase the closures.\n");
      } finally {
        await context.close();
      }
    });
  }

  it("tells no one a note is unsaved while the browser stores it", async () => {
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      await page.goto(inject("baseUrl") + "/respond/", { waitUntil: "networkidle" });
      await page.getByLabel("Notes: General comments").fill("Stored.");
      await page.waitForTimeout(200);
      expect(await page.getByRole("alert").count()).toBe(0);
      expect(await page.getByText("Not saved in this browser.").first().isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it("without JavaScript the guidance is complete and the tool is not offered", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(inject("baseUrl") + "/respond/");
      expect(await page.getByRole("heading", { name: "How people took part at the time" }).isVisible()).toBe(true);
      // No response form has been found: the page says so, and points to none.
      expect(await page.locator("[data-consultation]").textContent()).toMatch(/links to no response form: none has been found in published sources/);
      expect(await page.locator("main").textContent()).not.toMatch(/response form\b(?! has been found|: none)/);
      expect(await page.locator("textarea").first().isVisible()).toBe(false);
      expect(await page.locator(".notes-no-js").isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
