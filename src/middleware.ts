/**
 * Hands the site's configuration to every page, layout, component and endpoint as
 * `locals.site` (Astro.locals in components, context.locals in endpoints). It is built
 * once, in astro.config.mjs, and reaches the build as `virtual:site/config`.
 */
import { defineMiddleware } from "astro:middleware";
import site from "virtual:site/config";

export const onRequest = defineMiddleware((context, next) => {
  context.locals.site = site;
  return next();
});
