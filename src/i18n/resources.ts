import enAssessment from "./locales/en/assessment.json";
import enCommon from "./locales/en/common.json";
import enCompare from "./locales/en/compare.json";
import enResults from "./locales/en/results.json";
import fiAssessment from "./locales/fi/assessment.json";
import fiCommon from "./locales/fi/common.json";
import fiCompare from "./locales/fi/compare.json";
import fiResults from "./locales/fi/results.json";
import svAssessment from "./locales/sv/assessment.json";
import svCommon from "./locales/sv/common.json";
import svCompare from "./locales/sv/compare.json";
import svResults from "./locales/sv/results.json";

export const resources = {
  fi: { common: fiCommon, assessment: fiAssessment, results: fiResults, compare: fiCompare },
  sv: { common: svCommon, assessment: svAssessment, results: svResults, compare: svCompare },
  en: { common: enCommon, assessment: enAssessment, results: enResults, compare: enCompare },
} as const;
