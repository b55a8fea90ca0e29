import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/about.json";
import fi from "../../i18n/locales/fi/about.json";
import sv from "../../i18n/locales/sv/about.json";

// The statement's and the privacy note's texts travel with their pages, not in the first bundle.
addLazyNamespace("about", { fi, sv, en });
