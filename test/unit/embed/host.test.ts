import { describe, expect, it, vi } from "vitest";
import { heightListener, install, scriptOrigin, sourceFrame } from "../../../src/embed/host.ts";
import { HEIGHT_MESSAGE, MAX_HEIGHT, REQUEST_MESSAGE } from "../../../src/embed/protocol.ts";

const ORIGIN = "https://charts.example";

/** A fake iframe: its own window object, a src and a style. */
function frame(src: string) {
  const win = { postMessage: vi.fn() } as unknown as Window;
  return { src, contentWindow: win, style: { height: "" } } as unknown as HTMLIFrameElement & { contentWindow: Window };
}
const doc = (...frames: HTMLIFrameElement[]) => ({ querySelectorAll: () => frames });
const event = (source: unknown, origin: string, data: unknown) => ({ source, origin, data }) as MessageEvent;

describe("scriptOrigin(src)", () => {
  it("is the origin of the script's own URL", () => {
    expect(scriptOrigin("https://charts.example/embed.js?v=1")).toBe(ORIGIN);
    expect(scriptOrigin("http://127.0.0.1:4321/embed.js")).toBe("http://127.0.0.1:4321");
  });

  it("is null without a usable URL", () => {
    expect(scriptOrigin(undefined)).toBeNull();
    expect(scriptOrigin("")).toBeNull();
    expect(scriptOrigin("not a url")).toBeNull();
    expect(scriptOrigin("data:text/javascript,1")).toBeNull();
  });
});

describe("sourceFrame(doc, origin, event)", () => {
  const chart = frame(`${ORIGIN}/embed/rate-per-10000/`);
  const other = frame("https://video.example/embed/1");
  const d = doc(other, chart);

  it("finds the embed iframe whose window sent the message", () => {
    expect(sourceFrame(d, ORIGIN, event(chart.contentWindow, ORIGIN, null))).toBe(chart);
  });

  it("ignores a message from the right window but the wrong origin", () => {
    expect(sourceFrame(d, ORIGIN, event(chart.contentWindow, "https://evil.example", null))).toBeNull();
  });

  it("ignores a message from the right origin but another window", () => {
    expect(sourceFrame(d, ORIGIN, event({}, ORIGIN, null))).toBeNull();
    expect(sourceFrame(d, ORIGIN, event(null, ORIGIN, null))).toBeNull();
  });

  it("ignores an iframe of our origin that is not an embed page", () => {
    const page = frame(`${ORIGIN}/charts/rate-per-10000/`);
    expect(sourceFrame(doc(page), ORIGIN, event(page.contentWindow, ORIGIN, null))).toBeNull();
  });
});

describe("heightListener(doc, origin)", () => {
  it("resizes only the iframe that sent a valid height", () => {
    const a = frame(`${ORIGIN}/embed/a/`);
    const b = frame(`${ORIGIN}/embed/b/`);
    const listen = heightListener(doc(a, b), ORIGIN);
    listen(event(b.contentWindow, ORIGIN, { type: HEIGHT_MESSAGE, height: 640.5 }));
    expect(b.style.height).toBe("641px");
    expect(a.style.height).toBe("");
  });

  it("leaves the iframe alone for invalid heights and clamps huge ones", () => {
    const a = frame(`${ORIGIN}/embed/a/`);
    const listen = heightListener(doc(a), ORIGIN);
    for (const height of [-1, NaN, "700", null]) listen(event(a.contentWindow, ORIGIN, { type: HEIGHT_MESSAGE, height }));
    expect(a.style.height).toBe("");
    listen(event(a.contentWindow, ORIGIN, { type: HEIGHT_MESSAGE, height: 1e12 }));
    expect(a.style.height).toBe(`${MAX_HEIGHT}px`);
  });
});

describe("install(window, src)", () => {
  function fakeWindow(...frames: HTMLIFrameElement[]) {
    return { addEventListener: vi.fn(), document: doc(...frames) } as unknown as Window & { addEventListener: ReturnType<typeof vi.fn> };
  }

  it("listens once per origin, however many times the script is pasted", () => {
    const win = fakeWindow();
    expect(install(win, `${ORIGIN}/embed.js`)).toBe(true);
    expect(install(win, `${ORIGIN}/embed.js`)).toBe(false);
    expect(win.addEventListener).toHaveBeenCalledTimes(1);
  });

  it("works on a host page with elements whose ids are the names a script might keep on window", () => {
    // An element with an id is a property of window by that name (named access); the old
    // window.__chartEmbeds was such a name, and an element there broke embed.js.
    const element = { id: "__chartEmbeds", tagName: "DIV" };
    const win = Object.assign(fakeWindow(), { __chartEmbeds: element, chartEmbeds: element, embeds: element });
    expect(install(win, `${ORIGIN}/embed.js`)).toBe(true);
    expect(install(win, `${ORIGIN}/embed.js`)).toBe(false);
    expect(win.addEventListener).toHaveBeenCalledTimes(1);
  });

  it("does nothing without its own script URL", () => {
    const win = fakeWindow();
    expect(install(win, undefined)).toBe(false);
    expect(win.addEventListener).not.toHaveBeenCalled();
  });

  it("asks our embeds already on the page for their height, and no other frame", () => {
    const a = frame(`${ORIGIN}/embed/a/`);
    const other = frame("https://video.example/embed/1");
    install(fakeWindow(a, other), `${ORIGIN}/embed.js`);
    expect(a.contentWindow.postMessage).toHaveBeenCalledWith({ type: REQUEST_MESSAGE }, "*");
    expect(other.contentWindow.postMessage).not.toHaveBeenCalled();
  });

  it("styles our embeds through the CSSOM, which a strict style-src allows, and leaves other frames alone", () => {
    const a = frame(`${ORIGIN}/embed/a/`);
    const other = frame("https://video.example/embed/1");
    install(fakeWindow(a, other), `${ORIGIN}/embed.js`);
    expect(a.style).toMatchObject({ border: "0", display: "block", maxWidth: "100%" });
    expect(other.style).toEqual({ height: "" });
  });
});
