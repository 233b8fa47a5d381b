/**
 * html-validate rules for the built site (`npm test` runs them on every page in dist/;
 * `npx html-validate dist` runs the same). The recommended preset, every rule an error,
 * with deliberate changes: one rule made stricter (no style attribute) and two relaxed,
 * each for markup we emit on purpose:
 */
import { defineConfig } from "html-validate";

export default defineConfig({
  extends: ["html-validate:recommended"],
  rules: {
    // No style attribute at all: the Content-Security-Policy allows only the site's own
    // stylesheets (Plot's inline styles are taken out at build time, in
    // src/charts/drawing/presentation.ts). The rule's default would still allow display.
    "no-inline-style": ["error", { allowedProperties: [] }],
    // The scrollable wrapper round each data table is a focusable <div role="region">
    // with an aria-label: the established pattern for keyboard-scrollable tables.
    // <section> would add an untitled section to the document outline, so the rule is
    // kept for every other role and only "region" is excluded.
    "prefer-native-element": ["error", { exclude: ["region"] }],
    // Chart and story titles state the finding as a sentence, and the site name
    // follows: often more than 70 characters. The rule is about search-result
    // truncation, not validity or access, so it is off.
    "long-title": "off",
  },
});
