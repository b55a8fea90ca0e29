import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/shareLink.json";
import fi from "../../i18n/locales/fi/shareLink.json";
import sv from "../../i18n/locales/sv/shareLink.json";

// The share link control's texts load with the details page, not in the first bundle.
addLazyNamespace("shareLink", { fi, sv, en });
