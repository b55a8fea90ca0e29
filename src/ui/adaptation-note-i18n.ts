import { addLazyNamespace } from "../i18n/i18n";
import en from "../i18n/locales/en/adaptationNote.json";
import fi from "../i18n/locales/fi/adaptationNote.json";
import sv from "../i18n/locales/sv/adaptationNote.json";

// Shown only on the results and comparison pages, so its texts travel with their code.
addLazyNamespace("adaptationNote", { fi, sv, en });
