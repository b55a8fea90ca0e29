import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/projector.json";
import fi from "../../i18n/locales/fi/projector.json";
import sv from "../../i18n/locales/sv/projector.json";

// The projector's texts travel with its code, not in the first bundle.
addLazyNamespace("projector", { fi, sv, en });
