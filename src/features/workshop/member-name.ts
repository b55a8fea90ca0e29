import type { AssessmentMeta } from "../../domain/assessment";
import type { Language } from "../../domain/localized";
import { municipalityByCode, municipalityName } from "../../domain/municipalities";

/** The official name in the user's language (Swedish names in sv) when the code is known, else as written. */
export function memberName(meta: AssessmentMeta, language: Language): string {
  const municipality = municipalityByCode(meta.municipalityCode);
  return municipality ? municipalityName(municipality, language) : meta.municipality;
}
