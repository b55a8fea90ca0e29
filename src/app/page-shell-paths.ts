/**
 * The pages whose loading view the build prerenders in Finnish (src/build/first-screen.ts), each with the
 * paths it opens at, as a pattern string: the first-screen script tests them before the first paint, and
 * the app's loading states show the same view until the page's code and data are in.
 */
export const SHELL_PAGES = {
  results: "^/results$",
  workshop: "^/workshops/[^/]+$",
} as const;

export type ShellPage = keyof typeof SHELL_PAGES;

export const SHELL_PAGE_NAMES = Object.keys(SHELL_PAGES) as ShellPage[];

/** The prerendered loading view for `path`, if it has one. */
export function shellPageFor(path: string): ShellPage | null {
  return SHELL_PAGE_NAMES.find((page) => new RegExp(SHELL_PAGES[page]).test(path)) ?? null;
}

/** The attribute the build marks each prerendered loading view with (src/build/first-screen.ts). */
export const SHELL_ATTRIBUTE = "data-shell";
