/** Headings the table of contents moves focus to; fixed ids, as the page has each section once. */
export const SECTION_HEADINGS = {
  priorities: "plan-priorities-heading",
  suggestions: "plan-suggestions-heading",
  actions: "plan-actions-heading",
} as const;
export type PlanSection = keyof typeof SECTION_HEADINGS;
