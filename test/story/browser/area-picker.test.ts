/**
 * The similar-councils chart's area picker on this site's councils: the choice from the URL
 * on the chart page and the embed, keyboard use of the picker, reorganised councils, the
 * values in tooltip and table, and the static chart without JavaScript.
 */
import { describe, expect, it } from "vitest";
import { useBrowser } from "../../support/browser.ts";
import { pickedIn, pickerOpener } from "../../support/area-picker.ts";

const ID = "similar-councils";
const KENT = "E10000016";
const browser = useBrowser();

const open = pickerOpener(browser);

describe("the similar-councils area picker", () => {
  for (const path of [`/charts/${ID}/?area=${KENT}`, `/embed/${ID}/?area=${KENT}`]) {
    it(`opens ${path} with Kent picked: select, highlight, tooltip and table`, async () => {
      const { page, errors } = await open(path);
      try {
        const select = page.getByLabel("Highlight a council");
        expect(await select.inputValue()).toBe(KENT);
        const points = await pickedIn(page, "Kent");
        const years = (await page.locator(`figure.chart .chart-data thead th`).allTextContents()).slice(1);
        expect(await points.count()).toBe(years.length);
        expect(await points.last().getAttribute("data-tip")).toMatch(/^Kent, 2025: 53 per 10,000 \([\d,]+ children\); DfE, 2025 release$/);
        // Kent is one of Worcestershire's neighbours: its row in the table is the one marked.
        const row = page.locator(`figure.chart tr.is-picked`);
        expect(await row.count()).toBe(1);
        expect(await row.locator("th").textContent()).toBe("Kent");
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it("is used from the keyboard: Tab reaches it, typing picks a council, the URL and table follow", async () => {
    const { page } = await open(`/embed/${ID}/`);
    try {
      const select = page.getByLabel("Highlight a council");
      // Tab from the top of the page until the picker has focus.
      for (let i = 0; i < 10 && !(await select.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
      expect(await select.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type("Cumbria");
      await pickedIn(page, "Cumbria");
      expect(new URL(page.url()).searchParams.get("area")).toBe("E10000006");
      const added = page.locator("figure.chart tr.is-added");
      expect(await added.locator("th").textContent()).toBe("Cumbria (highlighted)");
      // Cumbria stops in 2023: its later cells say why, and its line is not carried on.
      // With the curly quotes the tables printed into the page have (the script does no typesetting).
      expect((await added.locator("td").allTextContents()).slice(-2)).toEqual(["not applicable (code “z”)", "not applicable (code “z”)"]);
      await page.keyboard.press("Home");
      await page.waitForFunction(() => !document.querySelector(".chart-picked"));
      expect(new URL(page.url()).searchParams.has("area")).toBe(false);
      expect(await page.locator("figure.chart tr.is-added").count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it("starts and ends a reorganised council's highlight where DfE's values for its code do", async () => {
    const { page } = await open(`/charts/${ID}/?area=E06000059`);
    try {
      // Dorset (E06000059) has values from 2020 only: one run, not joined to the county before it.
      const points = await pickedIn(page, "Dorset");
      expect(await points.count()).toBe(6);
      expect(await points.first().getAttribute("data-tip")).toMatch(/^Dorset, 2020: /);
      const d = await page.locator('svg.chart-svg--wide .chart-picked[data-series="Dorset"] .chart-picked-line').getAttribute("d");
      expect(d!.match(/M/g)).toHaveLength(1);
      // Cumbria has values to 2023 only; its successors are other councils, never joined on.
      await page.getByLabel("Highlight a council").selectOption("E10000006");
      const cumbria = await pickedIn(page, "Cumbria");
      expect(await cumbria.count()).toBe(6);
      expect(await cumbria.last().getAttribute("data-tip")).toMatch(/^Cumbria, 2023: /);
      // Its points sit on its ticks, in year order: the middle of each tick in its path.
      const ticks = await page.locator('svg.chart-svg--wide [data-series="Every council"] > path[data-area="E10000006"]').getAttribute("d");
      const middles = [...ticks!.matchAll(/M([\d.]+),([\d.]+)H([\d.]+)/g)].map((m) => [(Number(m[1]) + Number(m[3])) / 2, Number(m[2])]);
      expect(await cumbria.evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))]))).toEqual(middles);
    } finally {
      await page.close();
    }
  });

  it("opens North Yorkshire from the code DfE's later files use for it, typed in lower case", async () => {
    const { page } = await open(`/charts/${ID}/?area=e06000065`);
    try {
      await pickedIn(page, "North Yorkshire");
      expect(await page.getByLabel("Highlight a council").inputValue()).toBe("E10000023");
    } finally {
      await page.close();
    }
  });

  it("without JavaScript shows Worcestershire, its ten neighbours and England, and no picker", async () => {
    const { page } = await open(`/charts/${ID}/?area=${KENT}`, { js: false });
    try {
      expect(await page.locator(".chart-picker").isVisible()).toBe(false);
      expect(await page.locator("svg.chart-svg--wide .chart-picked").count()).toBe(0);
      const rows = await page.locator("figure.chart .chart-data tbody th").allTextContents();
      expect(rows.slice(0, 12)).toEqual(["Worcestershire", "Warwickshire", "North Somerset", "Essex", "Staffordshire", "Dorset", "East Sussex", "West Sussex", "South Gloucestershire", "Leicestershire", "Kent", "England"]);
      const tips = await page.locator('svg.chart-svg--wide [data-series="Statistical neighbours"] > [data-tip]').count();
      // Ten neighbours over eight years, less Dorset's two years before it existed.
      expect(tips).toBe(78);
      // A path of ticks for every council, a tick ("M x,y H x") for each of its years.
      const ticks = await page.locator('svg.chart-svg--wide [data-series="Every council"] > path[data-area]').evaluateAll((paths) => paths.map((p) => (p.getAttribute("d") ?? "").split("M").length - 1));
      expect(ticks.length).toBeGreaterThan(140);
      expect(ticks.reduce((a, b) => a + b, 0)).toBeGreaterThan(140 * 8 - 100);
    } finally {
      await page.close();
    }
  });
});
