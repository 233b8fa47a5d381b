/**
 * Copy buttons for read-only code fields: `<button data-copy="field-id" hidden>` next to
 * a `.embed-copy-status` live region. The button is revealed only here, so readers
 * without JavaScript never see a button that does nothing.
 */
import { readMessages } from "./messages.ts";
import type { Ui } from "../schemas/ui.ts";

/** Copies text with the Clipboard API, falling back to selecting the field and execCommand. */
async function copy(field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.select();
    // Deprecated but still the only way where the Clipboard API is refused (insecure origins).
    return document.execCommand("copy");
  }
}

/** Reveals and wires every copy button in `root`. */
export function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    const field = document.getElementById(button.dataset.copy ?? "");
    if (!(field instanceof HTMLTextAreaElement)) continue;
    const status = button.parentElement?.querySelector(".embed-copy-status");
    const m = readMessages<Ui["browser"]["copy"]>(button);
    button.hidden = false;
    button.addEventListener("click", async () => {
      const ok = await copy(field);
      if (status) status.textContent = ok ? m.copied : m.failed;
    });
  }
}
