import { addLazyNamespace } from "../../i18n/i18n";
import en from "../../i18n/locales/en/review.json";
import fi from "../../i18n/locales/fi/review.json";
import sv from "../../i18n/locales/sv/review.json";

// Marks on the theme page only (answers to check, missing translations): not in the first bundle.
addLazyNamespace("review", { fi, sv, en });
