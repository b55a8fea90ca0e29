import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/annualClock.json";
import fi from "../../i18n/locales/fi/annualClock.json";
import sv from "../../i18n/locales/sv/annualClock.json";

// The texts travel with the feature's code, not in the first bundle.
addLazyNamespace("annualClock", { fi, sv, en });
