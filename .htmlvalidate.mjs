/**
 * html-validate rules for the built site (`npm test` runs them on every page in dist/;
 * `npx html-validate dist` runs the same). The recommended preset, every rule an error,
 * with three deliberate changes, each for markup we emit on purpose:
 */
import { defineConfig } from "html-validate";

export default defineConfig({
  extends: ["html-validate:recommended"],
  rules: {
    // Plot writes a style attribute on the root <svg> of every chart it draws
    // (font-size, background, overflow). The rule stays on for everything else: only
    // those properties (and the rule's default, display) are allowed inline.
    "no-inline-style": ["error", { allowedProperties: ["display", "font-size", "background", "overflow"] }],
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
