import { describe, expect, it } from "vitest";
import { bandRanges, levelPoints } from "../../domain/scoring";
import { overallExample, roundingExample, workedExample } from "./method-figures";

describe("method figures", () => {
  it("turns the four levels into 0, 33, 67 and 100 points", () => {
    expect([0, 1, 2, 3].map((level) => Math.round(levelPoints(level as 0 | 1 | 2 | 3)))).toEqual([
      0, 33, 67, 100,
    ]);
  });

  it("reads the band ranges off the scoring", () => {
    expect(bandRanges()).toEqual([
      { band: "beginning", from: 0, to: 24 },
      { band: "developing", from: 25, to: 49 },
      { band: "established", from: 50, to: 74 },
      { band: "leading", from: 75, to: 100 },
    ]);
  });

  it("scores the worked example with the real scoring: (3 × 1 + 1 × ⅓) / (3 + 1)", () => {
    const example = workedExample();
    expect(example.score).toBeCloseTo(((3 + 1 / 3) / 4) * 100, 10);
    expect(Math.round(example.score)).toBe(83);
    expect(example.formula).toBe("(3 × 100 + 1 × 33) / (3 + 1)");
    expect(example.rows.map((row) => row.points)).toEqual([100, 33, null]);
  });

  it("leaves the wholly not-applicable theme out of the overall example: (100 + 50) / 2 = 75", () => {
    expect(overallExample()).toEqual({ first: 100, second: 50, score: 75 });
  });

  it("bands the rounding example by the whole number shown: 74.6 is 75, leading", () => {
    const example = roundingExample();
    expect(example.exact).toBeCloseTo(74.6, 10);
    expect(example).toMatchObject({ shown: 75, band: "leading" });
  });
});
