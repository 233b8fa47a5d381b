/**
 * A mark for each kind of event, so that kinds differ by shape as well as by lane (in the
 * drawing) or by word (in the list), and a reader who cannot tell the colours apart can
 * still tell a meeting from a decision. Each path is centred on 0,0 and about 14 units
 * across, so one shape serves the drawing (placed with a transform) and the list (in a
 * small SVG of its own).
 */
import type { EventKind } from "../../schemas/timeline.ts";

const hexagon = [0, 60, 120, 180, 240, 300]
  .map((deg, i) => `${i === 0 ? "M" : "L"}${(6.5 * Math.cos((deg * Math.PI) / 180)).toFixed(2)},${(6.5 * Math.sin((deg * Math.PI) / 180)).toFixed(2)}`)
  .join("") + "Z";

export const KIND_MARK: Readonly<Record<EventKind, string>> = {
  meeting: "M6,0A6,6 0 1 1 -6,0A6,6 0 1 1 6,0Z",
  decision: "M0,-7L7,0L0,7L-7,0Z",
  announcement: "M0,-7L6.5,5.5L-6.5,5.5Z",
  publication: "M0,7L6.5,-5.5L-6.5,-5.5Z",
  inspection: "M-5.5,-5.5H5.5V5.5H-5.5Z",
  governance: hexagon,
  "consultation window": "M-7,-3.5H7V3.5H-7Z",
};

/** The viewBox of a list mark: the path plus room for a 2-unit outline. */
export const MARK_VIEWBOX = "-9 -9 18 18";
