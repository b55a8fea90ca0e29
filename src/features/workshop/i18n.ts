import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/workshop.json";
import fi from "../../i18n/locales/fi/workshop.json";
import sv from "../../i18n/locales/sv/workshop.json";

// The texts travel with the workshop code, not in the first bundle.
addLazyNamespace("workshop", { fi, sv, en });
