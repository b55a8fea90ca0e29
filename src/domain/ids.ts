import * as z from "zod/mini";

/** Lowercase words joined by "-": checklist, theme and item ids, which are stable forever. */
export const SlugSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
export const SemverSchema = z.string().check(z.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/));
