/** Every route in one place, so features link to each other's pages without importing each other. */
export const paths = {
  start: "/",
  /** Every assessment stored in this browser: open, duplicate, delete, export and import them. */
  library: "/library",
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
  /** The report as an accessible page to read or print, with its options as the query (`/report/view?…`). */
  reportView: "/report/view",
  /** The open assessment's municipality and role across years: the trend and what changed. */
  history: "/history",
  /** Regional workshops: named sets of many municipalities' assessments. */
  workshops: "/workshops",
  workshop: (workshopId: string) => `/workshops/${workshopId}`,
  workshopMember: (workshopId: string, memberId: string) => `/workshops/${workshopId}/member/${memberId}`,
  /** Projector mode: one theme or item at a time, full screen. */
  workshopPresent: (workshopId: string) => `/workshops/${workshopId}/present`,
  /** The one-page regional PDF summary, made with the report code. */
  workshopReport: (workshopId: string) => `/report/workshop/${workshopId}`,
  /** The open assessment beside its associations' answers, and the invitation to send them. */
  perspectives: "/perspectives",
  /** One municipality's roles side by side inside a workshop. */
  workshopPerspectives: (workshopId: string, municipalityKey: string) =>
    `/perspectives/workshop/${workshopId}/${encodeURIComponent(municipalityKey)}`,
  /** An invitation link is this path with the invitation's query (`/invite?checklist=…`): no answers. */
  invite: "/invite",
  /** The accessibility statement the Act on the Provision of Digital Services requires of a publisher. */
  accessibility: "/accessibility",
  /** The checklist's versions: moving the open assessment to the newest, its retired answers, any two compared. */
  versions: "/versions",
  /** A region's or municipality's own version of the checklist: made, edited, loaded from a file, exported. */
  adapt: "/adapt",
  /** What is stored where, and what leaves the browser. */
  privacy: "/privacy",
  /** A share link is this path, "/", and the assessment itself (`/share/v1.…`); the page then clears it. */
  share: "/share",
} as const;

export const THEME_PATH_PREFIX = "/assessment/theme/";

export const COMPARE_ITEM_PATH_PREFIX = "/compare/item/";

export const WORKSHOPS_PATH_PREFIX = "/workshops/";

export const SHARE_PATH_PREFIX = "/share/";

export const WORKSHOP_PERSPECTIVES_PATH_PREFIX = "/perspectives/workshop/";
