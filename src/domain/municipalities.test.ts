import { describe, expect, it } from "vitest";
import { MUNICIPALITIES, municipalityName } from "./municipalities";

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

describe("MUNICIPALITIES", () => {
  it("lists the 309 municipalities in force since the Honkajoki–Kankaanpää merger of 2021", () => {
    expect(MUNICIPALITIES).toHaveLength(309);
  });

  it("has no name twice, in either language", () => {
    const finnish = MUNICIPALITIES.map((municipality) => municipality.fi);
    expect(new Set(finnish).size).toBe(finnish.length);
    const swedish = MUNICIPALITIES.flatMap((municipality) => (municipality.sv ? [municipality.sv] : []));
    expect(new Set(swedish).size).toBe(swedish.length);
  });

  it("includes all 16 municipalities of Åland by their Swedish names", () => {
    const swedish = new Set(MUNICIPALITIES.map((municipality) => municipality.sv));
    for (const name of ALAND) expect(swedish).toContain(name);
  });

  it("writes the tricky official names as they are", () => {
    expect(byFinnishName("Koski Tl")).toEqual({ fi: "Koski Tl" });
    expect(byFinnishName("Pedersören kunta")).toEqual({ fi: "Pedersören kunta", sv: "Pedersöre" });
    expect(byFinnishName("Mänttä-Vilppula")).toBeDefined();
    expect(byFinnishName("Kemiönsaari")?.sv).toBe("Kimitoön");
    expect(byFinnishName("Parainen")?.sv).toBe("Pargas");
  });

  it("leaves out municipalities that have merged into others", () => {
    for (const merged of ["Honkajoki", "Valtimo", "Juankoski", "Luvia", "Köyliö", "Jalasjärvi", "Nastola"]) {
      expect(byFinnishName(merged)).toBeUndefined();
    }
    expect(byFinnishName("Kankaanpää")).toBeDefined();
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
