import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/chromium.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("/respond/ notes", () => {
  it("survive a reload and show in a new tab, and nothing is sent over the network", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.goto(inject("baseUrl") + "/respond/", { waitUntil: "networkidle" });
      const requests: string[] = [];
      page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
      const note = page.getByLabel("Notes on General comments");
      await note.fill("The homes should close in phases.");
      await note.press("End");
      await page.keyboard.type(" Slowly.");
      await page.waitForTimeout(300);
      // Typing makes no request at all: the notes stay in the browser.
      expect(requests).toEqual([]);
      await page.reload();
      await expect.poll(() => page.getByLabel("Notes on General comments").inputValue()).toBe("The homes should close in phases. Slowly.");
      // The reload fetched only the site's own files, and sent nothing.
      const base = new URL(inject("baseUrl")).origin;
      expect(requests.filter((r) => !r.startsWith(`GET ${base}/`))).toEqual([]);

      const other = await context.newPage();
      await other.goto(inject("baseUrl") + "/respond/");
      expect(await other.getByLabel("Notes on General comments").inputValue()).toBe("The homes should close in phases. Slowly.");
      // Typing in one tab updates the other.
      await other.getByLabel("Notes on General comments").fill("Changed in the second tab.");
      await expect.poll(() => page.getByLabel("Notes on General comments").inputValue()).toBe("Changed in the second tab.");

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download as a text file" }).click()]);
      expect(download.suggestedFilename()).toBe("consultation-notes.txt");
      expect(readFileSync((await download.path())!, "utf8")).toBe("General comments (section: general)\n\nChanged in the second tab.\n");
      await expect.poll(() => page.getByRole("status").textContent()).toContain("downloaded");
    } finally {
      await context.close();
    }
  });

  it("without JavaScript the guidance is complete and the tool is not offered", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(inject("baseUrl") + "/respond/");
      expect(await page.getByRole("heading", { name: "Ways to respond" }).isVisible()).toBe(true);
      expect(await page.locator("[data-consultation]").textContent()).toMatch(/not found in published sources/);
      expect(await page.locator("textarea").first().isVisible()).toBe(false);
      expect(await page.locator(".notes-no-js").isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
