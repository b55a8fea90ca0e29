import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/library.json";
import fi from "../../i18n/locales/fi/library.json";
import sv from "../../i18n/locales/sv/library.json";

// The library's texts travel with its page, not in the first bundle.
addLazyNamespace("library", { fi, sv, en });
