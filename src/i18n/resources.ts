import enAssessment from "./locales/en/assessment.json";
import enCommon from "./locales/en/common.json";
import type fiAbout from "./locales/fi/about.json";
import type fiAnnualClock from "./locales/fi/annualClock.json";
import fiAssessment from "./locales/fi/assessment.json";
import fiCommon from "./locales/fi/common.json";
import type fiCompare from "./locales/fi/compare.json";
import type fiPerspectives from "./locales/fi/perspectives.json";
import type fiPlan from "./locales/fi/plan.json";
import type fiProjector from "./locales/fi/projector.json";
import type fiReport from "./locales/fi/report.json";
import type fiResults from "./locales/fi/results.json";
import type fiWorkshop from "./locales/fi/workshop.json";
import svAssessment from "./locales/sv/assessment.json";
import svCommon from "./locales/sv/common.json";

/** Bundled with the first screen. */
export const resources = {
  fi: { common: fiCommon, assessment: fiAssessment },
  sv: { common: svCommon, assessment: svAssessment },
  en: { common: enCommon, assessment: enAssessment },
} as const;

/** Loaded with their feature's code (see `addLazyNamespace`); typed here so every t() call is checked. */
export interface LazyNamespaces {
  results: typeof fiResults;
  compare: typeof fiCompare;
  plan: typeof fiPlan;
  annualClock: typeof fiAnnualClock;
  report: typeof fiReport;
  workshop: typeof fiWorkshop;
  perspectives: typeof fiPerspectives;
  projector: typeof fiProjector;
  about: typeof fiAbout;
}
