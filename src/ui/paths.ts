/** Every route in one place, so features link to each other's pages without importing each other. */
export const paths = {
  start: "/",
  details: "/assessment/details",
  theme: (themeId: string) => `/assessment/theme/${themeId}`,
  results: "/results",
  method: "/results/method",
} as const;

export const THEME_PATH_PREFIX = "/assessment/theme/";
