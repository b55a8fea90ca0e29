import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/versions.json";
import fi from "../../i18n/locales/fi/versions.json";
import sv from "../../i18n/locales/sv/versions.json";

// The versions texts travel with the versions page's code, not in the first bundle.
addLazyNamespace("versions", { fi, sv, en });
