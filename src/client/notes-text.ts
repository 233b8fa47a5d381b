/** Notes as plain text for copying or downloading; shared by the notes island and its tests. */

/** localStorage key prefix (the site configuration's `identifiers.storagePrefix`); a section's notes are under prefix + section id. */
export const NOTES_KEY_PREFIX = __SITE_IDENTIFIERS__.storagePrefix;

/** Non-empty notes as text, one block per section, headed by its title and id; "" when none. */
export function notesAsText(notes: { id: string; title: string; text: string }[]): string {
  return notes
    .filter((n) => n.text.trim() !== "")
    .map((n) => `${n.title} (section: ${n.id})\n\n${n.text.trim()}\n`)
    .join("\n");
}
