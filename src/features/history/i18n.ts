import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/history.json";
import fi from "../../i18n/locales/fi/history.json";
import sv from "../../i18n/locales/sv/history.json";

// The history texts travel with the history code, not in the first bundle.
addLazyNamespace("history", { fi, sv, en });
