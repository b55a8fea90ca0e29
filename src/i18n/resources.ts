import type fiAbout from "./locales/fi/about.json";
import type fiAdapt from "./locales/fi/adapt.json";
import type fiAdaptationNote from "./locales/fi/adaptationNote.json";
import type fiAnnualClock from "./locales/fi/annualClock.json";
import fiAssessment from "./locales/fi/assessment.json";
import fiCommon from "./locales/fi/common.json";
import type fiCompare from "./locales/fi/compare.json";
import type fiHistory from "./locales/fi/history.json";
import type fiLibrary from "./locales/fi/library.json";
import type fiPerspectives from "./locales/fi/perspectives.json";
import type fiPlan from "./locales/fi/plan.json";
import type fiProjector from "./locales/fi/projector.json";
import type fiReport from "./locales/fi/report.json";
import type fiResults from "./locales/fi/results.json";
import type fiReview from "./locales/fi/review.json";
import type fiShare from "./locales/fi/share.json";
import type fiShareLink from "./locales/fi/shareLink.json";
import type fiVersions from "./locales/fi/versions.json";
import type fiWorkshop from "./locales/fi/workshop.json";

/** The first screen's texts. Only Finnish, the language of the prerendered page, is in the first bundle. */
export const resources = {
  fi: { common: fiCommon, assessment: fiAssessment },
} as const;

export type FirstScreenBundles = Record<keyof (typeof resources)["fi"], object>;

const bundlesOf = async (
  common: Promise<{ default: object }>,
  assessment: Promise<{ default: object }>,
): Promise<FirstScreenBundles> => ({
  common: (await common).default,
  assessment: (await assessment).default,
});

/** Swedish and English first-screen texts, fetched when the language is chosen (the service worker keeps them). */
export const otherLanguages = {
  sv: () => bundlesOf(import("./locales/sv/common.json"), import("./locales/sv/assessment.json")),
  en: () => bundlesOf(import("./locales/en/common.json"), import("./locales/en/assessment.json")),
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
  share: typeof fiShare;
  shareLink: typeof fiShareLink;
  history: typeof fiHistory;
  library: typeof fiLibrary;
  versions: typeof fiVersions;
  adapt: typeof fiAdapt;
  adaptationNote: typeof fiAdaptationNote;
  review: typeof fiReview;
}
