/**
 * The one message an embed page sends its host: its content height. Both ends import
 * this module, so the message type and the accepted range are defined once.
 */

/** The `type` field of a height message (its prefix is the site configuration's `identifiers.messagePrefix`). */
export const HEIGHT_MESSAGE = `${__SITE_IDENTIFIERS__.messagePrefix}:height`;

/** The `type` of the host's request that every embed report its height now. */
export const REQUEST_MESSAGE = `${__SITE_IDENTIFIERS__.messagePrefix}:request`;

/** Heights outside this range (CSS px) are clamped: no chart is shorter, none taller. */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 5000;

/** A height message as posted by an embed page. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** The message an embed page posts for a content height. */
export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}

/**
 * The height a message asks for, clamped to [MIN_HEIGHT, MAX_HEIGHT], or null when the
 * message is not a height message or its height is not a positive finite number.
 */
export function readHeight(data: unknown): number | null {
  if (typeof data !== "object" || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE) return null;
  // Only real numbers: "500", [500] and objects with valueOf are all rejected.
  if (typeof height !== "number" || !Number.isFinite(height) || height <= 0) return null;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}
