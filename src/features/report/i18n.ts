import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/report.json";
import fi from "../../i18n/locales/fi/report.json";
import sv from "../../i18n/locales/sv/report.json";

// The texts travel with the feature's code, not in the first bundle.
addLazyNamespace("report", { fi, sv, en });
