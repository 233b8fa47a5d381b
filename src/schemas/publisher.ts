/**
 * Who publishes the site and how readers reach them (the `publisher` of content/site.yaml). Null means
 * not yet published; the site then says so plainly instead of inventing a contact.
 */
import { z } from "astro/zod";
import { httpsUrl } from "./web-url.ts";

/** An email address or an https address. */
export const publisherContactSchema = z.union([z.email(), httpsUrl()]);
const contact = publisherContactSchema;

export const publisherSchema = z.object({
  /** The publisher's name, or null while it is not published. */
  name: z.string().min(1).nullable(),
  /** An email address or https address for corrections and accessibility requests, or null. */
  contact: contact.nullable(),
  /** What the site says while the name or the contact is missing; markdown. */
  missing: z.string().min(1),
});
export type Publisher = z.infer<typeof publisherSchema>;
