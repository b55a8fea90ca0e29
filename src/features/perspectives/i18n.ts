import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/perspectives.json";
import fi from "../../i18n/locales/fi/perspectives.json";
import sv from "../../i18n/locales/sv/perspectives.json";

// The perspectives texts travel with the feature's code, not in the first bundle.
addLazyNamespace("perspectives", { fi, sv, en });
