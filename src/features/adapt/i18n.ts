import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/adapt.json";
import fi from "../../i18n/locales/fi/adapt.json";
import sv from "../../i18n/locales/sv/adapt.json";

// The adaptation texts travel with its page's code, not in the first bundle.
addLazyNamespace("adapt", { fi, sv, en });
