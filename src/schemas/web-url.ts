/**
 * The one rule for a URL that content or data links to: an address on the web, http: or
 * https: on a named host. `javascript:`, `data:`, `file:` and other schemes would be
 * published as links that run script or that the Content-Security-Policy blocks.
 */
import { z } from "astro/zod";

const host = z.regexes.domain;

/** An http: or https: address on a named host (a public record, a meeting page). */
export const webUrl = () => z.url({ protocol: /^https?$/, hostname: host, error: "must be an http: or https: address on the web (e.g. https://example.org/page)" });

/** An https: address on a named host (a form, a licence, a publisher's contact page). */
export const httpsUrl = () => z.url({ protocol: /^https$/, hostname: host, error: "must be an https: address on the web (e.g. https://example.org/page)" });
