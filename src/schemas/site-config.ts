/**
 * The schema of a site's configuration (content/site.yaml): everything that makes this
 * engine publish one council's proposal rather than another's. Code never names a place,
 * an area code or an identifier; it reads them from here.
 */
import { z } from "astro/zod";
import { publisherSchema } from "./publisher.ts";
import { httpsUrl } from "./web-url.ts";
import { areaCodeSchema as areaCode, isoDaySchema as isoDay } from "./formats.ts";


/** A key used in figure names ({{<key>.number.2018}}) and ids: lower case words joined by hyphens. */
const key = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "expected lower-case words joined by hyphens");

/** What an area is to the story: the council's own area, the nation, its region, or another council compared with it. */
export const AREA_ROLES = ["council", "nation", "region", "comparator"] as const;
export type AreaRole = (typeof AREA_ROLES)[number];

export const areaSchema = z
  .object({
    /** The area code in DfE's files. */
    code: areaCode,
    /** Codes DfE has used for the same area in other years (a council replaced by a successor). */
    otherCodes: z.array(areaCode).default([]),
    /** The figure-name prefix: {{<key>.rate.2018}}. */
    key,
    /** The area's name as a label, as charts and tables show it. */
    name: z.string().min(1),
    /** A shorter label for narrow charts (an abbreviation of the name). */
    shortLabel: z.string().min(1).optional(),
    /** How a sentence names it, where that differs from the label (a name that takes "the"). */
    prose: z.string().min(1).optional(),
    role: z.enum(AREA_ROLES),
  })
  .strict();
export type Area = z.infer<typeof areaSchema>;

export const siteConfigSchema = z
  .object({
    /** The site's name, as page titles, the header, feeds, the calendar and oEmbed give it. */
    name: z.string().min(1),
    /** True for a demonstration site with invented data: every page then says so. */
    example: z.boolean().default(false),
    /** Who publishes the site and how readers reach them. */
    publisher: publisherSchema,
    /** The council whose proposal the site records. */
    council: z
      .object({
        /** Its full name: "Example County Council". */
        name: z.string().min(1),
        /** The code of its area (one of `areas`, with role "council"). */
        area: areaCode,
      })
      .strict(),
    /** Every area the site's charts and figures name, the council's own first. */
    areas: z.array(areaSchema).min(1),
    /**
     * The public address, https://host/ (null: a host's build variable gives it, or the
     * build is a local preview). A host's variable (SITE_URL, URL, CF_PAGES_URL) wins.
     */
    publicUrl: z
      .url({ protocol: /^https?$/ })
      // Every link in the site is root-relative, so the site is served at a root.
      .refine((u) => /^https?:\/\/[^/?#]+\/?$/.test(u), "expected the site's root address alone, like https://example.org/")
      .nullable()
      .default(null),
    /** Names the site leaves in readers' browsers and in other sites' pages: unique to this site. */
    identifiers: z
      .object({
        /** localStorage key prefix for a reader's notes. */
        storagePrefix: z.string().regex(/^[a-z0-9-]+(:[a-z0-9-]+)*:$/, "expected lower-case words and colons, ending in a colon"),
        /** The `type` prefix of the messages between an embedded chart and its host page. */
        messagePrefix: z.string().regex(/^[a-z0-9-]+$/, "expected lower-case words joined by hyphens"),
        /** The domain-like part of every calendar UID, so UIDs never change between builds. */
        calendarDomain: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "expected a domain-like name such as timeline.example-site"),
      })
      .strict(),
    /** Folders and files, relative to the site's folder (the one holding content/). */
    paths: z
      .object({
        data: z.string().min(1).default("data"),
        out: z.string().min(1).default("dist"),
        /** The feedback config, relative to the content folder. */
        feedback: z.string().min(1).default("feedback.yaml"),
      })
      .strict()
      .default({ data: "data", out: "dist", feedback: "feedback.yaml" }),
    /**
     * The importer this site takes its official statistics in with (npm run import -- <file>):
     * `adapter` names one in scripts/importers/index.ts, and `publication` is what a new
     * release's row in data/sources.csv says about the publication it comes from (only needed
     * to add a release). null: the site's data is kept by hand and nothing is imported.
     */
    importer: z
      .object({
        adapter: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected an importer's name, such as dfe-looked-after"),
        publication: z
          .object({
            /** The publication's title; the importer adds the years of the file. */
            title: z.string().min(1),
            publisher: z.string().min(1),
            url: httpsUrl(),
            licence: z.string().min(1),
          })
          .strict()
          .nullable()
          .default(null),
      })
      .strict()
      .nullable()
      .default(null),
    /** The day the site is built as of (null: the day of the build). */
    asOf: isoDay.nullable().default(null),
    /**
     * The navigation, in order: each group (its label is content/ui.yaml's nav.groups.<group>)
     * and its sections (labels in nav.sections.<section>). A section with `page` is a story
     * page: content/pages/<page>.md, served at /<page>/. The group with `story: true` is the
     * story told in order, with "previous / next" links between its pages.
     */
    nav: z
      .array(
        z
          .object({
            group: z.string().regex(/^[a-zA-Z]+$/, "expected a key of content/ui.yaml's nav.groups"),
            story: z.boolean().default(false),
            sections: z
              .array(
                z.union([
                  z.object({ section: z.string().regex(/^[a-zA-Z]+$/), href: z.string().regex(/^\/([a-z0-9-]+\/)*$/, "expected a root-relative path ending in /, like /claims/") }).strict(),
                  z.object({ section: z.string().regex(/^[a-zA-Z]+$/), page: z.string().regex(/^[a-z0-9-]+$/, "expected the name of a file in content/pages, without .md") }).strict(),
                ]),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
    /** The claims checks (content/claims.yaml's `check:`): the year of the count they read. */
    claims: z.object({ checkYear: z.number().int().min(1990).max(2100) }).strict(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const codes = new Set<string>();
    const keys = new Set<string>();
    c.areas.forEach((a, i) => {
      for (const code of [a.code, ...a.otherCodes]) {
        if (codes.has(code)) ctx.addIssue({ code: "custom", path: ["areas", i, "code"], message: `area code ${code} is listed twice` });
        codes.add(code);
      }
      if (keys.has(a.key)) ctx.addIssue({ code: "custom", path: ["areas", i, "key"], message: `key "${a.key}" is used twice` });
      keys.add(a.key);
    });
    const own = c.areas.filter((a) => a.role === "council");
    if (own.length !== 1 || own[0]!.code !== c.council.area) {
      ctx.addIssue({ code: "custom", path: ["council", "area"], message: `expected exactly one area with role "council", with this code (${c.council.area})` });
    }
    if (c.nav.filter((g) => g.story).length > 1) ctx.addIssue({ code: "custom", path: ["nav"], message: "at most one group may have story: true" });
    if (c.areas.filter((a) => a.role === "nation").length > 1) ctx.addIssue({ code: "custom", path: ["areas"], message: 'at most one area may have role "nation"' });
  });
export type SiteConfigFile = z.infer<typeof siteConfigSchema>;
