import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/compare.json";
import fi from "../../i18n/locales/fi/compare.json";
import sv from "../../i18n/locales/sv/compare.json";

// The compare texts travel with the compare code, not in the first bundle.
addLazyNamespace("compare", { fi, sv, en });
