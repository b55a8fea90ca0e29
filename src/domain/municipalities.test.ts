import { describe, expect, it } from "vitest";
import {
  MUNICIPALITIES,
  MUNICIPALITY_DATA,
  MunicipalityDataSchema,
  matchMunicipality,
  municipalityByCode,
  municipalityName,
  REGIONS,
  regionNames,
  regionOf,
  WELLBEING_COUNTIES,
  wellbeingCountyNames,
  wellbeingCountyOf,
  withMunicipalityCode,
} from "./municipalities";
import data from "./municipalities-2026.json";

const ALAND = [
  "Brändö",
  "Eckerö",
  "Finström",
  "Föglö",
  "Geta",
  "Hammarland",
  "Jomala",
  "Kumlinge",
  "Kökar",
  "Lemland",
  "Lumparland",
  "Mariehamn",
  "Saltvik",
  "Sottunga",
  "Sund",
  "Vårdö",
];

function byFinnishName(name: string) {
  return MUNICIPALITIES.find((municipality) => municipality.fi === name);
}

describe("the municipality data file", () => {
  it("passes its schema and says which classification it is", () => {
    expect(MunicipalityDataSchema.safeParse(data).success).toBe(true);
    expect(MUNICIPALITY_DATA.classification).toContain("Statistics Finland");
    expect(MUNICIPALITY_DATA.classification).toContain("2026");
    expect(MUNICIPALITY_DATA.validFrom).toBe("2026-01-01");
  });

  it("has as many municipalities as its header says: 308 since Pertunmaa joined Mäntyharju in 2025", () => {
    expect(MUNICIPALITIES).toHaveLength(MUNICIPALITY_DATA.count);
    expect(MUNICIPALITY_DATA.count).toBe(308);
  });

  it("gives every municipality a unique three-digit code and is sorted by it", () => {
    const codes = MUNICIPALITIES.map((municipality) => municipality.code);
    for (const code of codes) expect(code).toMatch(/^\d{3}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
  });

  it("has no name twice, in either language", () => {
    const names = MUNICIPALITIES.flatMap((municipality) => [
      municipality.fi,
      ...(municipality.sv && municipality.sv !== municipality.fi ? [municipality.sv] : []),
    ]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("puts every municipality in a known region and wellbeing county, and the counts add up", () => {
    const perRegion = REGIONS.map(
      (region) => MUNICIPALITIES.filter((municipality) => municipality.region === region.code).length,
    );
    const perCounty = WELLBEING_COUNTIES.map(
      (county) =>
        MUNICIPALITIES.filter((municipality) => municipality.wellbeingCounty === county.code).length,
    );
    expect(perRegion.reduce((a, b) => a + b, 0)).toBe(MUNICIPALITIES.length);
    expect(perCounty.reduce((a, b) => a + b, 0)).toBe(MUNICIPALITIES.length);
    for (const count of [...perRegion, ...perCounty]) expect(count).toBeGreaterThan(0);
    expect(REGIONS).toHaveLength(19);
    expect(WELLBEING_COUNTIES.filter((county) => county.kind === "county")).toHaveLength(21);
  });

  it("keeps each wellbeing county inside one region", () => {
    for (const county of WELLBEING_COUNTIES) {
      const regions = new Set(
        MUNICIPALITIES.filter((m) => m.wellbeingCounty === county.code).map((m) => m.region),
      );
      expect(regions.size, county.fi).toBe(1);
    }
  });

  it("includes all 16 municipalities of Åland by their Swedish names, outside the wellbeing counties", () => {
    const aland = MUNICIPALITIES.filter((municipality) => municipality.region === "21");
    expect(aland.map((municipality) => municipality.sv).sort()).toEqual([...ALAND].sort());
    for (const municipality of aland) expect(wellbeingCountyOf(municipality)?.kind).toBe("aland");
  });

  it("writes the tricky official names and codes as they are", () => {
    expect(byFinnishName("Koski Tl")).toEqual({
      code: "284",
      fi: "Koski Tl",
      region: "02",
      wellbeingCounty: "05",
    });
    expect(byFinnishName("Pedersören kunta")).toMatchObject({ code: "599", sv: "Pedersöre", region: "15" });
    expect(byFinnishName("Mänttä-Vilppula")?.code).toBe("508");
    expect(byFinnishName("Kemiönsaari")).toMatchObject({ code: "322", sv: "Kimitoön" });
    expect(byFinnishName("Parainen")).toMatchObject({ code: "445", sv: "Pargas", wellbeingCounty: "05" });
    expect(byFinnishName("Maarianhamina")).toMatchObject({ code: "478", sv: "Mariehamn" });
    expect(byFinnishName("Kuhmoinen")).toMatchObject({ code: "291", region: "06", wellbeingCounty: "08" });
    expect(byFinnishName("Vantaa")).toMatchObject({ code: "092", region: "01", wellbeingCounty: "04" });
    expect(byFinnishName("Kerava")).toMatchObject({ code: "245", wellbeingCounty: "04" });
    expect(byFinnishName("Savonlinna")).toMatchObject({ code: "740", region: "10", wellbeingCounty: "12" });
    expect(byFinnishName("Joroinen")).toMatchObject({ code: "171", region: "11", wellbeingCounty: "13" });
    expect(byFinnishName("Heinävesi")).toMatchObject({ code: "090", region: "12", wellbeingCounty: "14" });
  });

  it("has the known number of municipalities in some wellbeing counties", () => {
    const count = (code: string) => MUNICIPALITIES.filter((m) => m.wellbeingCounty === code).length;
    expect(count("05")).toBe(27); // Varsinais-Suomi
    expect(count("12")).toBe(11); // Etelä-Savo, Pertunmaa merged
    expect(count("13")).toBe(19); // Pohjois-Savo
    expect(count("17")).toBe(14); // Pohjanmaa
    expect(count("19")).toBe(30); // Pohjois-Pohjanmaa
  });

  it("models Helsinki as its own organiser, not a wellbeing services county", () => {
    const helsinki = municipalityByCode("091");
    expect(helsinki).toMatchObject({ fi: "Helsinki", sv: "Helsingfors", region: "01" });
    expect(helsinki && wellbeingCountyOf(helsinki)).toMatchObject({ code: "90", kind: "helsinki" });
    expect(MUNICIPALITIES.filter((municipality) => municipality.wellbeingCounty === "90")).toHaveLength(1);
  });

  it("leaves out municipalities that have merged into others", () => {
    for (const merged of [
      "Honkajoki",
      "Valtimo",
      "Juankoski",
      "Luvia",
      "Köyliö",
      "Jalasjärvi",
      "Nastola",
      "Pertunmaa",
    ]) {
      expect(byFinnishName(merged)).toBeUndefined();
    }
    expect(byFinnishName("Kankaanpää")?.code).toBe("214");
    expect(byFinnishName("Mäntyharju")).toMatchObject({ code: "507", region: "10", wellbeingCounty: "12" });
  });
});

describe("matchMunicipality", () => {
  it("matches Finnish and Swedish names whatever the case, spacing or Unicode form", () => {
    expect(matchMunicipality("Pargas")?.code).toBe("445");
    expect(matchMunicipality("parainen")?.code).toBe("445");
    expect(matchMunicipality("  KOSKI   tl ")?.code).toBe("284");
    expect(matchMunicipality("Po\u0308ytya\u0308")?.code).toBe("636");
    expect(matchMunicipality("Helsingfors")?.code).toBe("091");
  });

  it("matches no joint authority, partial name or empty text", () => {
    expect(matchMunicipality("Kuntayhtymä Kaksineuvoinen")).toBeUndefined();
    expect(matchMunicipality("Koski")).toBeUndefined();
    expect(matchMunicipality("")).toBeUndefined();
  });
});

describe("municipalityName", () => {
  it("uses the Swedish name in Swedish where there is one, otherwise the Finnish name", () => {
    const helsinki = { fi: "Helsinki", sv: "Helsingfors" };
    expect(municipalityName(helsinki, "sv")).toBe("Helsingfors");
    expect(municipalityName(helsinki, "fi")).toBe("Helsinki");
    expect(municipalityName(helsinki, "en")).toBe("Helsinki");
    expect(municipalityName({ fi: "Koski Tl" }, "sv")).toBe("Koski Tl");
  });
});

describe("regions and wellbeing counties", () => {
  it("are named in the user's language", () => {
    expect(regionNames("sv")).toContainEqual({ code: "02", name: "Egentliga Finland" });
    expect(regionNames("fi")).toContainEqual({ code: "02", name: "Varsinais-Suomi" });
    expect(wellbeingCountyNames("sv")).toContainEqual({
      code: "05",
      name: "Egentliga Finlands välfärdsområde",
      kind: "county",
    });
    const parainen = municipalityByCode("445");
    expect(parainen && regionOf(parainen)?.fi).toBe("Varsinais-Suomi");
  });
});

describe("withMunicipalityCode", () => {
  const meta = {
    municipality: "Pargas",
    year: 2026,
    respondentRole: "municipality",
    date: "2026-01-02",
  } as const;

  it("fills the code of an official name", () => {
    expect(withMunicipalityCode(meta)).toEqual({ ...meta, municipalityCode: "445" });
  });

  it("drops a code that the name no longer matches and keeps unchanged metas as they are", () => {
    const stale = { ...meta, municipality: "Kuntayhtymä X", municipalityCode: "445" };
    expect(withMunicipalityCode(stale)).toEqual({ ...meta, municipality: "Kuntayhtymä X" });
    const done = { ...meta, municipalityCode: "445" };
    expect(withMunicipalityCode(done)).toBe(done);
  });
});
