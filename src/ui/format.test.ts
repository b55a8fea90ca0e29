import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDifference,
  formatLevel,
  formatMonth,
  formatMonthTitle,
  formatPercent,
  formatScore,
} from "./format";

describe("format", () => {
  it("writes numbers and dates the way each language does", () => {
    expect(formatScore(83.33, "fi")).toBe("83");
    expect(formatPercent(0.786, "fi")).toBe("79\u00a0%");
    expect(formatPercent(0.786, "en")).toBe("79%");
    expect(formatDate("2026-03-15", "fi")).toBe("15. maaliskuuta 2026");
    expect(formatDate("2026-03-15", "sv")).toBe("15 mars 2026");
  });

  it("keeps languages apart when formatters are reused", () => {
    expect(formatDate("2026-03-15", "en")).toBe("15 March 2026");
    expect(formatDate("2026-03-15", "fi")).toBe("15. maaliskuuta 2026");
  });

  it("names months on their own, whatever the time zone", () => {
    expect(formatMonth(1, "fi")).toBe("tammikuu");
    expect(formatMonth(12, "sv")).toBe("december");
    expect(formatMonth(3, "en")).toBe("March");
  });

  it("starts a month's name with a capital where it stands as a title", () => {
    expect(formatMonthTitle(1, "fi")).toBe("Tammikuu");
    expect(formatMonthTitle(12, "sv")).toBe("December");
    expect(formatMonthTitle(3, "en")).toBe("March");
  });

  it("writes level medians with one decimal and differences with their sign", () => {
    expect(formatLevel(1.5, "fi")).toBe("1,5");
    expect(formatLevel(2, "sv")).toBe("2");
    expect(formatLevel(1.25, "en")).toBe("1.3");
    expect(formatDifference(2, "fi")).toBe("+2");
    expect(formatDifference(-1.5, "fi")).toBe("−1,5");
    expect(formatDifference(-3, "en")).toBe("−3");
    expect(formatDifference(0, "sv")).toBe("0");
  });
});
