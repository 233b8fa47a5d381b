/**
 * The schema of content/ui.yaml: the fixed wording pages and components put around the
 * content (headings, labels, buttons, footer). Each text is one line of markdown; `{name}`
 * is a slot the page fills, and a text may use only the slots its field declares, so a
 * typo in a slot stops the build naming file, line and field rather than showing "{nmae}".
 */
import { z } from "astro/zod";

import { slotsOf } from "../format/slots.ts";
import { httpsUrl } from "./web-url.ts";

export { SLOT, slotsOf } from "../format/slots.ts";

/** One line of wording that may use exactly the slots named (each at most as the page fills it). */
export function wording(...slots: string[]) {
  return z
    .string()
    .min(1)
    .superRefine((text, ctx) => {
      for (const s of slotsOf(text))
        if (!slots.includes(s))
          ctx.addIssue({ code: "custom", message: `unknown slot {${s}}; ${slots.length > 0 ? `this text may use ${slots.map((x) => `{${x}}`).join(", ")}` : "this text takes no slots"}` });
    });
}

const w = wording;
// A section's one line for the home and search pages; a section without one is left off those lists.
const section = z.object({ label: w(), about: w().optional() }).strict();

// How one series stands to another in a description (describe.relation): naming the other
// ({b}), referring back to it, the change into the relation, and the relation alone.
const relationWords = z.object({ first: w("b"), again: w(), moved: w(), alone: w() }).strict();

export const uiSchema = z
  .object({
    site: z
      .object({ skipLink: w(), menu: w(), mainNav: w(), feedLink: w(), storyPager: w(), previous: w(), next: w(), embedCredit: w("name"), anotherWebsite: w(), newTab: w() })
      .strict(),
    footer: z
      .object({ sources: w("council"), asOf: w("date"), licence: w("licence"), licenceName: w(), licenceUrl: httpsUrl(), links: w(), unpublished: w("href") })
      .strict(),
    nav: z
      .object({
        home: w(),
        // Keyed by the ids content/site.yaml's `nav` uses: a site names its own groups and sections.
        groups: z.record(z.string().regex(/^[a-zA-Z]+$/), w()),
        sections: z.record(z.string().regex(/^[a-zA-Z]+$/), section),
      })
      .strict(),
    home: z
      .object({ sections: w(), sectionsFold: w(), standsHeading: w(), standsIntro: w("date"), standsDate: w(), standsUnknown: w() })
      .strict(),
    lead: z.object({ dateLine: w("period", "date"), points: w() }).strict(),
    search: z.object({ sections: w(), label: w(), button: w(), noScript: w() }).strict(),
    about: z.object({ publishedBy: w("name"), publishedByContact: w("name", "contact"), noCorrections: w("date") }).strict(),
    proposal: z.object({ contents: w() }).strict(),
    claims: z.object({ total: w("count"), claim: w(), claimsWord: w(), byDocument: w(), tally: w(), who: w(), where: w(), computed: w(), evidence: w(), sources: w(), chartLink: w("topic") }).strict(),
    questions: z
      .object({
        counts: w("count", "byStatus", "requests"),
        requests: w(),
        others: w(),
        raisedBy: w(),
        status: w(),
        answer: w(),
        inRecord: w(),
        answerLink: w(),
        furtherAnswerLink: w(),
        followUp: w(),
        followUpNotFound: w(),
      })
      .strict(),
    meetings: z
      .object({
        allMeetings: w(),
        pager: w(),
        dateInferred: w(),
        description: w("short", "item"),
        meeting: w(),
        date: w(),
        whyInferredLink: w(),
        place: w(),
        itemHead: w(),
        placeUnknown: w(),
        officialRecord: w(),
        minuteLink: w(),
        meetingPageLink: w(),
        recordOwner: w("council"),
        sourceDetails: w(),
        contents: w(),
        topics: w(),
        point: w(),
        points: w(),
        whoSpoke: w(),
        whoSpokeNote: w(),
        whyInferred: w(),
        record: w(),
        permalink: w("kind"),
        inAnswerTo: w(),
        answered: w(),
        pointFrom: w("kind", "speaker"),
        answerFrom: w("speaker"),
        anotherAnswerFrom: w("speaker"),
        readFull: w("minute"),
        fullMinute: w(),
      })
      .strict(),
    sources: z
      .object({
        publications: w(),
        tableLabel: w(),
        caption: w(),
        columns: z.object({ source: w(), publisher: w(), release: w(), licence: w(), link: w(), notes: w() }).strict(),
        published: w("date"),
        notRecorded: w(),
        licenceNotRecorded: w(),
        open: w(),
        data: w(),
        dataIntro: w(),
        dataset: w("name"),
        download: w("name"),
        rows: w("rows"),
        schemaLabel: w("name"),
        schemaCaption: w("title", "file"),
        schemaSummary: w("count", "file"),
        rules: z.object({ required: w(), unique: w(), oneOf: w("values"), pattern: w("pattern"), atLeast: w("n"), atMost: w("n"), none: w() }).strict(),
        schemaColumns: z.object({ field: w(), type: w(), meaning: w(), rules: w() }).strict(),
      })
      .strict(),
    timeline: z
      .object({
        events: w(),
        chartTitle: w(),
        key: w("date"),
        asOfMark: w("date"),
        zoomAndPan: w(),
        zoomIn: w(),
        zoomOut: w(),
        earlier: w(),
        later: w(),
        showAll: w(),
        kinds: w(),
        help: w("zero"),
        aboutDate: w(),
        record: w(),
        source: w(),
        sources: w(),
        feedTitle: w("name"),
        feedDescription: w("first", "last"),
      })
      .strict(),
    respond: z
      .object({
        formLede: w("form"),
        formWays: w("link"),
        waysHeading: w(),
        waysHeadingPast: w(),
        otherWaysForm: w(),
        otherWays: w(),
        meetingRecord: w(),
        timeline: w(),
        beforeHeadingForm: w(),
        before: z.array(w()).min(1),
        asOf: w("date"),
        outcomeUnknown: w(),
        noForm: w(),
        goToForm: w(),
        otherWaysLink: w(),
        outcomeUnknownSee: w(),
        seeAlso: w(),
        timelineLink: w(),
        howToTakePart: w(),
      })
      .strict(),
    notes: z
      .object({
        heading: w(),
        intro: w(),
        introForm: w(),
        introNoForm: w(),
        downloadNow: w(),
        noteOn: w("section"),
        readSection: w(),
        unsaved: w(),
        saveAgain: w(),
        copyAll: w(),
        download: w(),
        clear: w(),
        noScript: w(),
        noScriptForm: w(),
      })
      .strict(),
    charts: z
      .object({
        allCharts: w(),
        legend: w(),
        pickerHint: w(),
        foldBrief: w(),
        foldDetail: w(),
        foldNotes: w(),
        foldTable: w(),
        and: w(),
        detail: w(),
        notes: w(),
        source: w(),
        sources: w(),
        releases: w("count", "first", "last"),
        chartPage: w(),
        chartPageAfter: w(),
        tableLabel: w("caption"),
        revisedMarker: w("n"),
        revisedHeading: w(),
        revisedBack: w(),
        downloadsHeading: w(),
        downloadCsv: w("link"),
        downloadCsvLink: w(),
        downloadSvg: w("link"),
        downloadSvgLink: w(),
        downloadPng: w("link", "width"),
        downloadPngLink: w(),
        downloadSquare: w("link", "width", "height"),
        downloadSquareLink: w(),
        downloadZip: w("link", "file"),
        downloadZipLink: w(),
        citeHeading: w(),
        citeWhat: w(),
        embedArea: w("area", "name"),
        embedWhat: w(),
        embedLabel: w(),
        embedCopy: w(),
        embedFull: w(),
        bar: z
          .object({
            highest: w("category", "value"),
            lowest: w("category", "value"),
            allSame: w("value"),
            onlyOne: w("category", "value"),
            noValues: w(),
            noValue: w("categories"),
          })
          .strict(),
        // The years of a run, in the rate chart's title (src/charts/kinds/rate-per-10000.ts).
        runYears: z.object({ one: w("year"), from: w("year"), comparedFrom: w("year"), span: w("from", "to"), comparedSpan: w("from", "to") }).strict(),
        // The site's one wording for a figure its data does not hold (tables, the area picker, descriptions).
        notInDataset: w(),
        // A council's place in a year, in a strip chart's rank row and tooltip (src/charts/kinds/rank-text.ts).
        rank: z.object({ cell: w("rank", "of"), cellTied: w("rank", "of"), none: w(), tip: w("rank", "of"), tipTied: w("rank", "of") }).strict(),
        // A revised value's note (src/lib/data/revisions.ts).
        firstPublished: w("value", "release"),
        previouslyPublished: w("value", "release"),
        // The line charts' and rankings' descriptions (src/charts/describe.ts).
        describe: z
          .object({
            figureCalc: w("figure"),
            span: w("from", "to"),
            fromTo: w("from", "to"),
            inYears: w("years"),
            runOne: w("year"),
            runCompared: w("from", "to"),
            run: w("relation", "years"),
            relation: z.object({ above: relationWords, below: relationWords, level: relationWords }).strict(),
            comparedNone: w("a", "b"),
            comparedOne: w("a", "relation", "year"),
            comparedAll: w("a", "relation", "count"),
            comparedRuns: w("a", "runs"),
            comparedGap: w("a", "runs", "gaps", "moved", "b", "years", "year"),
            notHeldOne: w("owner", "years", "notInDataset"),
            notHeldMany: w("owner", "years", "notInDataset"),
            unpublishedOne: w("owner", "years", "code"),
            unpublishedMany: w("owner", "years", "code"),
            code: w("code"),
            codeMeaning: w("code", "meaning"),
            latestNone: w("name"),
            latest: w("when", "year", "name", "figure", "counted", "against", "lacking"),
            latestOnly: w("when", "year", "name", "figure", "counted", "against", "lacking"),
            against: w("figures"),
            figureFor: w("figure", "name"),
            lackingOne: w("names"),
            lackingMany: w("names"),
            trendWho: w("measure", "name"),
            rose: w(),
            fell: w(),
            trendFlat: w("who", "figure", "from", "to"),
            trendSteady: w("who", "moved", "from", "to", "first", "last"),
            trendThenIn: w("who", "moved", "from", "to", "first", "last", "then", "year"),
            trendThenEach: w("who", "moved", "from", "to", "first", "last", "then", "count", "year"),
            trendHighest: w("who", "first", "from", "value", "years"),
            trendLowest: w("who", "first", "from", "value", "years"),
            trendChange: w("who", "moved", "percent", "from", "to", "first", "last"),
            startName: w("owner", "measure"),
            startRose: w(),
            startFell: w(),
            startSame: w(),
            startAgain: w(),
            startFrom: w("name", "verb", "figure"),
            startFromIn: w("name", "verb", "figure", "year"),
            startSameWay: w("first", "rest"),
            startWhile: w("first", "rest"),
            peak: w("name", "figure", "years"),
            peaks: w("peaks"),
            peaksOne: w("peaks"),
            low: w("name", "figure", "years"),
            lows: w("lows"),
            gap: w("name", "years", "why"),
            gapNotHeld: w("years", "notInDataset"),
            gapCodes: w("codes"),
            gaps: w("gaps"),
            calcOne: w("years", "names"),
            calcMany: w("years", "names"),
            calc: w("figures"),
            otherNone: w(),
            otherFirst: w("names", "name", "runs"),
            otherNext: w("names", "runs"),
            others: w("comparisons"),
            rankNone: w("when", "year", "name", "group"),
            rank: w("when", "year", "name", "value", "counted", "place", "count", "group"),
            rankTied: w("when", "year", "name", "value", "counted", "place", "count", "group", "tied"),
            place: z.object({ highest: w(), jointHighest: w(), lowest: w(), jointLowest: w(), nth: w("nth"), nthEqual: w("nth") }).strict(),
            rankRange: w("low", "lowNames", "high", "highNames"),
            rankLacking: w("names"),
            rankLackingCode: w("name", "code"),
          })
          .strict(),
        // The note that opens a line chart's list of missing values (src/charts/view-parts.ts).
        gapsInLines: w(),
        gapReason: w("reason", "series"),
        gapSeries: w("names", "years"),
        // The starts-and-ceased chart's description (src/charts/kinds/starts-and-ceased.ts).
        startsAndCeased: z
          .object({
            none: w(),
            moreCeased: w("years"),
            same: w("years"),
            only: w("year", "started", "area", "ceased"),
            finding: w("area", "more", "compared", "from", "to", "withBoth", "others"),
            withBoth: w(),
            latest: w("year", "started", "ceased"),
            widest: w("years", "started", "ceased"),
            fewestBoth: w("started", "ceased", "years"),
            fewestApart: w("started", "startedYears", "ceased", "ceasedYears"),
          })
          .strict(),
        // What each column of a chart's CSV download means, by column name (src/charts/outputs/csv-schema.ts).
        // The data bundle's README.md and the description in its datapackage.json (src/charts/outputs/bundle.ts).
        bundle: z
          .object({
            from: w("site", "url"),
            measuredHeading: w(),
            cannotShowHeading: w(),
            filesHeading: w(),
            csvFile: w("file"),
            descriptorFile: w("file"),
            readmeFile: w("file"),
            notesHeading: w(),
            blankValues: w(),
            revisedValues: w(),
            sourcesHeading: w(),
            source: w("publisher", "title", "release", "link", "licence"),
            linkNotRecorded: w(),
            licenceHeading: w(),
            oglOnly: w("licence", "url"),
            oglAmongOthers: w("licence", "url"),
            others: w("publishers"),
            citeHeading: w(),
          })
          .strict(),
        // The similar-councils chart's words for an entry's {{reorganised}} and {{sameArea}} (src/charts/kinds/similar-councils.ts).
        // and its description (src/charts/kinds/similar-councils-text.ts).
        similarCouncils: z
          .object({
            formed: w("names", "year"),
            listedUnder: w("name", "code"),
            sameAreaOne: w("name", "code"),
            sameAreaMany: w("names", "codes"),
            withheld: w("values"),
            withheldValue: w("names", "why"),
            withheldWhen: w("name", "year"),
            optionTo: w("name", "year"),
            optionFrom: w("name", "year"),
            latest: w("year", "name", "rate", "neighbours", "nation"),
            rank: w("rank", "of", "tied"),
            rankTiedOne: w("rank", "of", "tied"),
            rankTiedMany: w("rank", "of", "tied"),
            highestNeighbour: w("year", "owner", "rate"),
            first: w("year", "owner", "rate", "neighbours", "nation"),
            thatYear: w("rank"),
            higherRate: w("higher", "of", "tied"),
            higherRateTiedOne: w("higher", "of", "tied"),
            higherRateTiedMany: w("higher", "of", "tied"),
            higherThanEach: w("among"),
            lowerThanEach: w("among"),
            higherThanSome: w("lower", "among"),
            amongAll: w("count"),
            amongWithRate: w("count", "without"),
            notHeld: w("owner", "notInDataset"),
            code: w("name", "code"),
            codeMeaning: w("name", "code", "meaning"),
            nationAbove: w("owner", "rate"),
            nationBelow: w("owner", "rate"),
            nationLevel: w("owner", "rate"),
          })
          .strict(),
        // The homes-before-after chart's words (src/charts/kinds/homes-before-after.ts).
        homes: z
          .object({
            notStated: w(),
            ourCount: w(),
            home: w("n"),
            homes: w("n"),
            label: w("n", "kind", "ourCount"),
            labelOurs: w("n", "kind", "ourCount"),
            shortLabelOurs: w("n"),
            tip: w("account", "homes", "kind", "ourCount"),
            tipOurs: w("account", "homes", "kind", "ourCount"),
            totalReported: w("who", "n"),
            totalIn: w("n", "who"),
            inAccounts: w("count", "who", "ours"),
            inAccountsAllOurs: w("count", "who", "ours"),
            inAccountsSomeOurs: w("count", "who", "ours"),
            closingResidential: w("count"),
            closingUnstated: w("count"),
            closingOursOne: w("names", "homes"),
            closingOursMany: w("names", "homes"),
            closingGave: w("names", "homes"),
            totalFrom: w("n", "who"),
            noTotal: w("who"),
            totalsDisagree: w("when", "totals", "lacking"),
            totalsAgree: w("homes", "when", "lacking"),
            noTotals: w(),
            closures: w("closing"),
            unsettled: w(),
            sums: w("sums"),
            sum: w("who", "n"),
            sumsJoiner: w(),
            staying: w("counts"),
            disabled: w("counts"),
            pressOne: w("who"),
            pressMany: w("who"),
            cellOurs: w("n", "ourCount"),
            ourSum: w("notStated", "sum"),
            note: w("account", "says"),
            notePress: w("account", "says"),
          })
          .strict(),
        // How a claimed percentage stands to our calculation, for a nation-looked-after entry's {{rounding}} (src/charts/kinds/nation-looked-after.ts).
        rounding: z.object({ up: w(), down: w(), same: w() }).strict(),
        // The age-and-placement chart's description, and its entry's {{band.moved}} and {{all.moved}} (src/charts/kinds/age-and-placement.ts).
        ageAndPlacement: z
          .object({
            tooFew: w("band", "all"),
            bandUp: w("label", "area", "first", "firstYear", "last", "lastYear", "pct"),
            bandDown: w("label", "area", "first", "firstYear", "last", "lastYear", "pct"),
            bandSame: w("label", "area", "first", "firstYear", "last", "lastYear", "pct"),
            all: w("label", "moved", "first", "firstYear", "last", "lastYear", "pct"),
            movedUp: w("pct"),
            movedDown: w("pct"),
            unchanged: w("pct"),
            largestUp: w("label", "first", "firstYear", "last", "lastYear", "pct"),
            largestDown: w("label", "first", "firstYear", "last", "lastYear", "pct"),
            rest: w("groups"),
            groupUp: w("label", "first", "firstYear", "last", "lastYear", "pct"),
            groupDown: w("label", "first", "firstYear", "last", "lastYear", "pct"),
            groupSame: w("label", "first", "firstYear", "last", "lastYear", "pct"),
          })
          .strict(),
        // The money chart's description, tooltips and table (src/charts/kinds/money.ts).
        money: z
          .object({
            savingIn: w("record", "from", "amount", "period"),
            savingNoPeriod: w("record", "from", "amount"),
            raised: w("period", "budget", "amount", "record"),
            raisedWithParts: w("period", "budget", "amount", "parts", "record"),
            part: w("amount", "label"),
            periodUnstated: w(),
            costReported: w("publisher", "service", "amount"),
            costRecorded: w("service", "amount", "record"),
            newMoney: w("record", "amount", "total"),
            range: w("low", "high"),
            tip: w("label", "amount"),
            tipPress: w("label", "amount"),
            perYear: w(),
            periodNotStated: w(),
            source: w("publisher", "release"),
            sourcePress: w("publisher", "release"),
          })
          .strict(),
        csvFields: z.object({ series: w(), area_code: w(), area_name: w(), year: w(), measure: w(), category: w(), value: w(), status: w(), dfe_code: w(), confidence: w(), source_id: w(), source_release: w(), revised_from: w(), revised_from_release: w(), account: w(), kind: w(), homes: w(), source_says: w(), id: w(), part_of: w(), period: w(), low_gbp: w(), high_gbp: w(), per: w() }).strict(),
      })
      .strict(),
    localPreview: w("what", "href"),
    lookedAfterTable: z
      .object({
        summary: w("area", "nation", "first", "last"),
        label: w("area", "nation"),
        caption: w("area", "nation", "first", "last"),
        source: w("releases"),
        year: w(),
        lookedAfter: w("area"),
        rate: w("area"),
        started: w("area"),
        ceased: w("area"),
      })
      .strict(),
    // The site's datasets as structured data for search engines (src/lib/site/datasets.ts).
    datasets: z.object({ description: w("title", "fields"), schemaName: w() }).strict(),
    compare: z
      .object({
        // title, rankMeasure, indexLink and indexTitle name the nation: a site with council pages
        // (a chart of kind similar-councils) gives them (ui.ts, FEATURE_WORDS); others need not.
        title: w("council", "year", "place", "of").optional(),
        titleNone: w("council", "from", "to"),
        // After the subtitle where the council has a rank: the group the title's place is among.
        ranked: w("nation", "year", "of"),
        subtitle: w("council", "nation", "from", "to"),
        subtitleNeighbours: w("council", "nation", "from", "to"),
        alt: w("council", "nation", "from", "to"),
        caption: w("council", "nation", "from", "to"),
        captionNeighbours: w("council", "nation", "from", "to"),
        rankRow: w("council"),
        // The measure a council's rank is described in (describeRank's words: what is counted, when, its short name, and the group ranked).
        rankMeasure: z.object({ counted: w(), when: w(), short: w(), group: w() }).strict().optional(),
        neighboursSeries: w(),
        contextSeries: w(),
        axisLabel: w(),
        unit: w(),
        offScale: w(),
        rankNote: w(),
        missingNote: w(),
        neighboursHeading: w(),
        neighboursListed: w("council", "date"),
        neighboursNone: w("council", "nation", "listed"),
        index: w(),
        indexLink: w().optional(),
        chartLink: w("link"),
        indexTitle: w().optional(),
        indexIntro: w("count"),
        // The notes of the comparison figures (src/lib/figures/compare-figures.ts), shown where a figure is explained.
        figureNotes: z
          .object({
            councils: w("nation", "year"),
            higher: w("council", "rate", "year"),
            rank: w("council", "of", "tie"),
            tieOne: w(),
            tieMany: w("count"),
            neighboursWithValue: w("council", "date", "year"),
            neighboursLower: w("council", "rate", "year"),
            neighboursHighest: w("year", "name"),
          })
          .strict(),
      })
      .strict(),
    versions: z
      .object({
        newer: w("change", "latest"),
        latest: w(),
        byRelease: w("release"),
        byCorrection: w(),
        wordsOnly: w(),
        noValueChanged: w(),
        revised: w("count"),
        revisedOne: w("count"),
        added: w("years"),
        removed: w("years"),
        rowsChanged: w(),
        wordingOnly: w(),
        title: w("chart", "version"),
        intro: w("version", "date", "reason"),
        current: w(),
        superseded: w("date"),
        chartLink: w("link"),
        changesHeading: w(),
        changeItem: w("what", "from", "to"),
        noValueChanges: w(),
        everyVersion: w(),
        csvLink: w(),
        reasons: z.object({ first: w(), release: w(), correction: w(), wording: w() }).strict(),
        changesTitle: w(),
        changesIntro: w(),
        changesItem: w("chart", "version"),
        feedLink: w(),
        feedTitle: w("name"),
        feedDescription: w(),
      })
      .strict(),
    names: z
      .object({
        questionStatus: z.object({ answered: w(), "answered-in-part": w(), "further-information-requested": w(), "no-answer-recorded": w() }).strict(),
        verdicts: z
          .object({ matches: w(), "rounded-up": w(), consistent: w(), partly: w(), reported: w(), "not-supported": w(), conflicts: w(), unverified: w(), "not-checked": w() })
          .strict(),
        confidence: z.object({ read: w(), calc: w(), press: w(), inferred: w(), unverified: w() }).strict(),
        evidenceKinds: z
          .object({ statistics: w(), inspection: w(), minute: w(), evaluation: w(), "council-claim": w(), press: w(), "trade-press": w() })
          .strict(),
        eventState: z.object({ past: w(), upcoming: w(), ongoing: w(), undetermined: w() }).strict(),
        datesNotPublished: w(),
        inferredDate: w("date"),
      })
      .strict(),
    consultation: z
      .object({
        notPublished: w(),
        upcoming: w("opens"),
        upcomingCloses: w("opens", "closes"),
        openNoClose: w(),
        closesToday: w("closes"),
        openUntil: w("closes", "days"),
        openUntilOneDay: w("closes", "days"),
        closed: w("closed"),
        respond: w(),
        respondLater: w(),
      })
      .strict(),
    calendar: z.object({ name: w("name"), description: w("page", "count"), inferredTitle: w("title"), aboutDate: w("note") }).strict(),
    generalNotes: w(),
    browser: z
      .object({
        notes: z
          .object({
            fileName: z.string().regex(/^[a-z0-9][a-z0-9-]*\.txt$/, "expected a file name of lower-case words and hyphens, ending .txt"),
            notStored: w(),
            savedAgain: w(),
            nothingToCopy: w(),
            copied: w(),
            copyBlocked: w(),
            nothingToDownload: w(),
            downloaded: w("file"),
            confirmClear: w(),
            cleared: w(),
            changedElsewhere: w("section"),
            keepBoth: w(),
            loadOther: w(),
            keptBoth: w("section"),
            loadedOther: w("section"),
            clearedElsewhere: w(),
            otherNotes: w(),
            otherNotesIntro: w(),
            orphanTitle: w("section"),
          })
          .strict(),
        search: z.object({ searching: w(), results: w("query", "count"), resultsShown: w("query", "count"), none: w("query"), failed: w() }).strict(),
        copy: z.object({ copied: w(), failed: w() }).strict(),
        figure: z.object({ valuesLabel: w(), highlighting: w("series"), highlightingOff: w() }).strict(),
        picker: z.object({ removed: w(), highlighted: w("name"), noValues: w("name"), failed: w(), page: w("name") }).strict(),
        timeline: z.object({ showing: w("shown", "total") }).strict(),
      })
      .strict(),
  })
  .strict();

export type Ui = z.infer<typeof uiSchema>;
