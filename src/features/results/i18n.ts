import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/results.json";
import fi from "../../i18n/locales/fi/results.json";
import sv from "../../i18n/locales/sv/results.json";

// The results texts travel with the results code, not in the first bundle.
addLazyNamespace("results", { fi, sv, en });
