/** Every route in one place, so features link to each other's pages without importing each other. */
export const paths = {
  start: "/",
  details: "/assessment/details",
  theme: (themeId: string) => `/assessment/theme/${themeId}`,
  results: "/results",
  method: "/results/method",
  compare: "/compare",
  /** The comparison opened at one item: its theme pre-selected, the item scrolled to and focused. */
  compareItem: (itemId: string) => `/compare/item/${itemId}`,
  plan: "/plan",
  annualClock: "/plan/annual-clock",
  report: "/report",
} as const;

export const THEME_PATH_PREFIX = "/assessment/theme/";

export const COMPARE_ITEM_PATH_PREFIX = "/compare/item/";
