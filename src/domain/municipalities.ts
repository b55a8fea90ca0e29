import * as z from "zod/mini";
import type { AssessmentMeta } from "./assessment";
import type { Language } from "./localized";
import data from "./municipalities-2026.json";
import { normalizeName } from "./normalize-name";

/**
 * Finland's municipalities with their Statistics Finland codes, region (maakunta) and wellbeing services county
 * (hyvinvointialue), read from municipalities-2026.json; its header says which classification, year and sources.
 *
 * `sv` is set for the bilingual municipalities and for those whose only official language is Swedish (Åland
 * and Korsnäs); the Swedish-only ones have no Finnish name, so `fi` repeats the Swedish one. Maarianhamina is
 * the exception: Finnish has its own established name for Mariehamn. The form accepts any name, so these are
 * suggestions only and a future merger never blocks anyone.
 */
const name = z.string().check(z.trim(), z.minLength(1));
const NamesShape = { fi: name, sv: z.optional(name) };

const MunicipalitySchema = z.strictObject({
  code: z.string().check(z.regex(/^\d{3}$/)),
  ...NamesShape,
  region: z.string().check(z.regex(/^\d{2}$/)),
  wellbeingCounty: z.string().check(z.regex(/^\d{2}$/)),
});

const RegionSchema = z.strictObject({ code: z.string().check(z.regex(/^\d{2}$/)), fi: name, sv: name });

/**
 * `county` is one of the 21 wellbeing services counties. Helsinki organises the services itself (`helsinki`) and
 * Åland is outside the reform (`aland`); the classification gives both a code of their own (90 and 91).
 */
export const WELLBEING_COUNTY_KINDS = ["county", "helsinki", "aland"] as const;
const WellbeingCountySchema = z.strictObject({
  ...RegionSchema.shape,
  kind: z.enum(WELLBEING_COUNTY_KINDS),
});

export const MunicipalityDataSchema = z.strictObject({
  classification: name,
  year: z.int(),
  validFrom: z.iso.date(),
  source: name,
  count: z.int(),
  notes: z.array(name),
  regions: z.array(RegionSchema),
  wellbeingCounties: z.array(WellbeingCountySchema),
  municipalities: z.array(MunicipalitySchema),
});

export type Municipality = z.infer<typeof MunicipalitySchema>;
export type Region = z.infer<typeof RegionSchema>;
export type WellbeingCounty = z.infer<typeof WellbeingCountySchema>;
export type MunicipalityData = z.infer<typeof MunicipalityDataSchema>;

/**
 * The file ships with the app and is checked against MunicipalityDataSchema by the tests (a broken file fails
 * the build), so the page does not parse it again: that took a whole long task on every page that names one.
 */
export const MUNICIPALITY_DATA = data as MunicipalityData;
export const MUNICIPALITIES: readonly Municipality[] = MUNICIPALITY_DATA.municipalities;
export const REGIONS: readonly Region[] = MUNICIPALITY_DATA.regions;
export const WELLBEING_COUNTIES: readonly WellbeingCounty[] = MUNICIPALITY_DATA.wellbeingCounties;

const byCode = new Map(MUNICIPALITIES.map((municipality) => [municipality.code, municipality]));
const regionByCode = new Map(REGIONS.map((region) => [region.code, region]));
const countyByCode = new Map(WELLBEING_COUNTIES.map((county) => [county.code, county]));

const byName = new Map<string, Municipality>();
for (const municipality of MUNICIPALITIES) {
  byName.set(normalizeName(municipality.fi), municipality);
  if (municipality.sv) byName.set(normalizeName(municipality.sv), municipality);
}

export function municipalityByCode(code: string | undefined): Municipality | undefined {
  return code === undefined ? undefined : byCode.get(code);
}

/** The official municipality whose Finnish or Swedish name this is, if any. */
export function matchMunicipality(text: string): Municipality | undefined {
  return byName.get(normalizeName(text));
}

/** The name to suggest in the user's language; Finnish where the municipality has no Swedish name. */
export function municipalityName(municipality: { fi: string; sv?: string }, language: Language): string {
  return language === "sv" ? (municipality.sv ?? municipality.fi) : municipality.fi;
}

/** An assessment's municipality: the official name in the language (Swedish in sv) by its code, else as written. */
export function assessedMunicipalityName(
  meta: Pick<AssessmentMeta, "municipality" | "municipalityCode">,
  language: Language,
): string {
  const official = municipalityByCode(meta.municipalityCode);
  return official ? municipalityName(official, language) : meta.municipality;
}

export function regionOf(municipality: Municipality): Region | undefined {
  return regionByCode.get(municipality.region);
}

export function wellbeingCountyOf(municipality: Municipality): WellbeingCounty | undefined {
  return countyByCode.get(municipality.wellbeingCounty);
}

/** Regions or wellbeing counties in the classification's order, each named in the user's language. */
export function regionNames(language: Language): { code: string; name: string }[] {
  return REGIONS.map((region) => ({ code: region.code, name: municipalityName(region, language) }));
}

export function wellbeingCountyNames(
  language: Language,
): { code: string; name: string; kind: WellbeingCounty["kind"] }[] {
  return WELLBEING_COUNTIES.map((county) => ({
    code: county.code,
    name: municipalityName(county, language),
    kind: county.kind,
  }));
}

/**
 * The meta with `municipalityCode` following its name: the code of the official municipality the name matches,
 * or no code when it matches none (a joint authority, a village). Returns the same object when nothing changes.
 */
export function withMunicipalityCode<M extends Pick<AssessmentMeta, "municipality" | "municipalityCode">>(
  meta: M,
): M {
  const code = matchMunicipality(meta.municipality)?.code;
  if (code === meta.municipalityCode) return meta;
  if (code === undefined) {
    const { municipalityCode: _dropped, ...rest } = meta;
    return rest as M;
  }
  return { ...meta, municipalityCode: code };
}
