import { describe, expect, it } from "vitest";
import { wrapText } from "./wrap";

/** Every character one unit wide, so the widths are counts. */
const monospace = (text: string) => text.length;
const wrap = (text: string, width: number) => wrapText(text, width, monospace);

describe("wrapText", () => {
  it("breaks at spaces and keeps the text's own line breaks", () => {
    expect(wrap("Avustushakemus hyvinvointikoordinaattori", 30)).toEqual([
      "Avustushakemus",
      "hyvinvointikoordinaattori",
    ]);
    expect(wrap("Kevät\nSyksyn yhdistysilta", 12)).toEqual(["Kevät", "Syksyn", "yhdistysilta"]);
  });

  it("hyphenates a word longer than the line, at a syllable, each line fitting with its hyphen", () => {
    const lines = wrap("Hyvinvointikoordinaattori", 12);
    expect(lines).toEqual(["Hyvinvointi-", "koordinaat-", "tori"]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(12);
  });

  it("breaks after the word's own hyphen or dash first, adding none there", () => {
    expect(wrap("hyte-koordinaattori", 10)).toEqual(["hyte-", "koordi-", "naattori"]);
    expect(wrap("Kimitoön–Kemiönsaari", 12)).toEqual(["Kimitoön–", "Kemiönsaari"]);
  });

  it("cuts between letters with a hyphen where no syllable falls in the line's second half", () => {
    expect(wrap("Kkkkkkkkkkkkkkkk", 8)).toEqual(["Kkkkkkk-", "kkkkkkk-", "kk"]);
  });

  it("adds no hyphen inside a web address or a figure", () => {
    const lines = wrap("www.kimitoon.fi/avustukset", 10);
    expect(lines.join("")).toBe("www.kimitoon.fi/avustukset");
    expect(lines.every((line) => line.length <= 10)).toBe(true);
  });

  it("cuts without a hyphen in a column too narrow for two letters and one", () => {
    expect(wrap("ääni", 2)).toEqual(["ää", "ni"]);
    expect(wrap("ääni", 1)).toEqual(["ä", "ä", "n", "i"]);
  });
});
