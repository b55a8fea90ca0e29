import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/plan.json";
import fi from "../../i18n/locales/fi/plan.json";
import sv from "../../i18n/locales/sv/plan.json";

// The texts travel with the feature's code, not in the first bundle.
addLazyNamespace("plan", { fi, sv, en });
