import fc from "fast-check";
import { readAssessmentBytes } from "../../src/domain/assessment-file";
import type { Checklist } from "../../src/domain/checklist";
import { anyFileBytes } from "../fuzz/assessment-file-cases";

/**
 * Fuzz cases per second through the import (generation included, as in the test run): the same
 * generated and mutated files as src/domain/assessment-file.fuzz.test.ts, without its assertions.
 */
export function benchFuzz(
  checklist: Checklist,
  count = 3000,
): { casesPerSecond: number; generateMs: number; readMs: number } {
  const started = performance.now();
  const cases = fc.sample(anyFileBytes, { numRuns: count, seed: 2026 });
  const generated = performance.now();
  let refused = 0;
  for (const bytes of cases) if (!readAssessmentBytes(bytes, [checklist]).ok) refused++;
  const read = performance.now();
  if (refused === 0) throw new Error("no generated file was refused: the generator has gone soft");
  return {
    casesPerSecond: Math.round(count / ((read - started) / 1000)),
    generateMs: generated - started,
    readMs: read - generated,
  };
}
