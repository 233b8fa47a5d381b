/**
 * Just enough W3C WebDriver to load a page at phone width, run a function in it and tap a
 * point with a finger: classic WebDriver over HTTP (WebKitGTK's WebKitWebDriver) and
 * WebDriver BiDi over a WebSocket (Firefox, which speaks it natively).
 *
 * Hand-written, not a client library: Playwright cannot drive the system's WebKitGTK (it
 * needs its own patched WebKit build, which would be a download), its BiDi Firefox
 * backend sends no touch input, and selenium-webdriver or webdriverio would add dozens of
 * packages for the six commands used here. Both protocols take the same action lists, so
 * a tap is written once (`tapActions`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** A browser page the tap check can drive. */
export interface TapDriver {
  /** Size the window (classic WebDriver) or the viewport (BiDi) to `width` × `height` CSS px. */
  resize(width: number, height: number): Promise<void>;
  /** Load `url` and wait for its load event. */
  open(url: string): Promise<void>;
  /** Run `fn` (self-contained, see scripts/lib/chart-taps.ts) in the page with JSON `args`; its result comes back through JSON. */
  evaluate<T>(fn: (...args: never[]) => T, ...args: unknown[]): Promise<T>;
  /** Touch down and lift at (x, y) in viewport CSS px. */
  tap(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

export type PointerType = "touch" | "mouse";

/**
 * One tap as a W3C action list: move to the point, press, lift. Coordinates are rounded:
 * classic WebDriver takes whole pixels only, so a tap lands within half a pixel of a dot's
 * centre, well inside the dot.
 */
export function tapActions(x: number, y: number, pointerType: PointerType) {
  return [
    {
      type: "pointer",
      id: "finger",
      parameters: { pointerType },
      actions: [
        { type: "pointerMove", duration: 0, origin: "viewport", x: Math.round(x), y: Math.round(y) },
        { type: "pointerDown", button: 0 },
        { type: "pointerUp", button: 0 },
      ],
    },
  ];
}

/** The source sent to the page: the function, called with `args`, its result as a JSON string. */
function callSource(fn: (...args: never[]) => unknown, args: unknown[]): string {
  return `JSON.stringify((${fn.toString()}).apply(null, ${JSON.stringify(args)}) ?? null)`;
}

/** A free port on 127.0.0.1 for a driver to listen on. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Stop a child process this module started, and wait for it to go. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((ok) => child.once("exit", ok));
  child.kill("SIGTERM");
  await Promise.race([gone, sleep(5000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

export class WebDriverError extends Error {
  /** The WebDriver error code, e.g. "unsupported operation". */
  readonly error: string;
  constructor(error: string, message: string) {
    super(`${error}: ${message}`);
    this.error = error;
  }
}

/** Classic WebDriver over HTTP: a driver process (e.g. WebKitWebDriver) and one session in it. */
export class ClassicDriver implements TapDriver {
  private readonly base: string;
  private readonly session: string;
  private readonly child: ChildProcess;
  /** What the driver said the session has (`webSocketUrl` among them, where asked for). */
  readonly capabilities: Record<string, unknown>;
  /** The pointer `tap` uses. */
  pointerType: PointerType;

  private constructor(base: string, session: string, child: ChildProcess, capabilities: Record<string, unknown>, pointerType: PointerType) {
    this.base = base;
    this.session = session;
    this.child = child;
    this.capabilities = capabilities;
    this.pointerType = pointerType;
  }

  /**
   * Start `binary --port=N` with `env`, wait for it, and open a session with `capabilities`.
   * `pointerType` is the pointer `tap` uses.
   */
  static async start(binary: string, capabilities: Record<string, unknown>, options: { env?: NodeJS.ProcessEnv; args?: string[]; pointerType?: PointerType } = {}): Promise<ClassicDriver> {
    const port = await freePort();
    const child = spawn(binary, [`--port=${port}`, ...(options.args ?? [])], { env: options.env ?? process.env, stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    child.stderr!.on("data", (b: Buffer) => (log = (log + b.toString()).slice(-4000)));
    const base = `http://127.0.0.1:${port}`;
    try {
      for (let i = 0; ; i++) {
        if (child.exitCode !== null) throw new Error(`${binary} exited (${child.exitCode}): ${log.trim()}`);
        const ready = await fetch(`${base}/status`).then((r) => r.ok, () => false);
        if (ready) break;
        if (i > 100) throw new Error(`${binary} did not answer on port ${port} in 20 s: ${log.trim()}`);
        await sleep(200);
      }
      const session = await request<{ sessionId: string; capabilities: Record<string, unknown> }>(base, "POST", "/session", { capabilities: { alwaysMatch: capabilities } });
      return new ClassicDriver(base, session.sessionId, child, session.capabilities, options.pointerType ?? "touch");
    } catch (err) {
      await stop(child);
      throw err;
    }
  }

  private send<T>(method: string, path: string, body?: unknown): Promise<T> {
    return request<T>(this.base, method, `/session/${this.session}${path}`, body);
  }

  async resize(width: number, height: number): Promise<void> {
    // Classic WebDriver sizes the window, frame and all.
    await this.send("POST", "/window/rect", { width, height });
  }

  async open(url: string): Promise<void> {
    await this.send("POST", "/url", { url });
  }

  async evaluate<T>(fn: (...args: never[]) => T, ...args: unknown[]): Promise<T> {
    const json = await this.send<string>("POST", "/execute/sync", { script: `return ${callSource(fn, args)};`, args: [] });
    return JSON.parse(json) as T;
  }

  async tap(x: number, y: number): Promise<void> {
    await this.send("POST", "/actions", { actions: tapActions(x, y, this.pointerType) });
    await this.send("DELETE", "/actions");
  }

  async close(): Promise<void> {
    await this.send("DELETE", "").catch(() => undefined);
    await stop(this.child);
  }
}

async function request<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json; charset=utf-8" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const json = (await res.json()) as { value: T & { error?: string; message?: string } };
  if (!res.ok || (json.value && typeof json.value === "object" && "error" in json.value && json.value.error)) {
    throw new WebDriverError(json.value?.error ?? String(res.status), `${method} ${path}: ${json.value?.message ?? res.statusText}`);
  }
  return json.value;
}

/** WebDriver BiDi over a WebSocket, on the first tab of a browser. */
export class BidiDriver implements TapDriver {
  private nextId = 1;
  private readonly pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void; method: string }>();
  private context = "";
  private readonly socket: WebSocket;
  private readonly child: ChildProcess | null;

  private constructor(socket: WebSocket, child: ChildProcess | null) {
    this.socket = socket;
    this.child = child;
    socket.addEventListener("message", (ev) => {
      const msg = JSON.parse(String(ev.data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
      if (msg.id === undefined) return; // An event: none is subscribed to.
      const waiter = this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id);
      if (msg.type === "error") waiter.fail(new WebDriverError(msg.error ?? "error", `${waiter.method}: ${msg.message ?? ""}`));
      else waiter.ok(msg.result);
    });
    socket.addEventListener("close", () => {
      for (const w of this.pending.values()) w.fail(new Error(`the browser closed the connection during ${w.method}`));
      this.pending.clear();
    });
  }

  /**
   * Connect to `url`. A browser's own endpoint (Firefox's `ws://host:port/session`) needs a
   * new session; a driver's per-session URL (`webSocketUrl` from a classic session) has one.
   * `child` is the browser process, stopped on close; `capabilities` go with a new session.
   */
  static async connect(url: string, options: { newSession: boolean; child?: ChildProcess; capabilities?: Record<string, unknown> }): Promise<BidiDriver> {
    const socket = new WebSocket(url);
    await new Promise<void>((ok, fail) => {
      socket.addEventListener("open", () => ok(), { once: true });
      socket.addEventListener("error", () => fail(new Error(`could not connect to ${url}`)), { once: true });
    });
    const driver = new BidiDriver(socket, options.child ?? null);
    if (options.newSession) await driver.send("session.new", { capabilities: { alwaysMatch: options.capabilities ?? {} } });
    const tree = await driver.send<{ contexts: { context: string }[] }>("browsingContext.getTree", { maxDepth: 0 });
    driver.context = tree.contexts[0]!.context;
    return driver;
  }

  send<T>(method: string, params: Record<string, unknown>): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((ok, fail) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        fail(new Error(`${method}: no answer in 60 s`));
      }, 60_000);
      this.pending.set(id, {
        ok: (v) => (clearTimeout(timer), ok(v as T)),
        fail: (e) => (clearTimeout(timer), fail(e)),
        method,
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  async resize(width: number, height: number): Promise<void> {
    await this.send("browsingContext.setViewport", { context: this.context, viewport: { width, height } });
  }

  async open(url: string): Promise<void> {
    await this.send("browsingContext.navigate", { context: this.context, url, wait: "complete" });
  }

  async evaluate<T>(fn: (...args: never[]) => T, ...args: unknown[]): Promise<T> {
    const res = await this.send<{ type: string; result?: { type: string; value?: string }; exceptionDetails?: { text?: string } }>("script.evaluate", {
      expression: callSource(fn, args),
      target: { context: this.context },
      awaitPromise: false,
      resultOwnership: "none",
    });
    if (res.type !== "success" || res.result?.type !== "string") throw new Error(`script failed in the page: ${res.exceptionDetails?.text ?? JSON.stringify(res)}`);
    return JSON.parse(res.result.value!) as T;
  }

  async tap(x: number, y: number): Promise<void> {
    await this.send("input.performActions", { context: this.context, actions: tapActions(x, y, "touch") });
    await this.send("input.releaseActions", { context: this.context });
  }

  async close(): Promise<void> {
    if (this.child) await this.send("browser.close", {}).catch(() => undefined);
    this.socket.close();
    if (this.child) await stop(this.child);
  }
}

/**
 * Make the page itself `width` CSS px wide (`clientWidth`, what the layout is drawn at, as
 * on a phone whose scrollbars float over the page) and the window `height` px tall: grow
 * the window by whatever its frame and a desktop scrollbar take. Call it on a page as long
 * as the ones to be measured, so its scrollbar is there.
 */
/** A window that will not be made as narrow as asked (a browser's own narrowest window). */
export class PageWidthError extends Error {
  readonly got: number;
  constructor(width: number, got: number) {
    super(`could not make the page ${width} px wide (it is ${got} px)`);
    this.got = got;
  }
}

export async function fitPage(driver: TapDriver, width: number, height: number): Promise<void> {
  let [w, h] = [width, height];
  for (let i = 0; i < 4; i++) {
    await driver.resize(w, h);
    const inner = await driver.evaluate(() => ({ w: document.documentElement.clientWidth, h: window.innerHeight }));
    if (inner.w === width) return;
    [w, h] = [w + width - inner.w, h + height - inner.h];
  }
  const got = await driver.evaluate(() => document.documentElement.clientWidth);
  throw new PageWidthError(width, got);
}
