import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/share.json";
import fi from "../../i18n/locales/fi/share.json";
import sv from "../../i18n/locales/sv/share.json";

// The share page's texts travel with its code, not in the first bundle.
addLazyNamespace("share", { fi, sv, en });
