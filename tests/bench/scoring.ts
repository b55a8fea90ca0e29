import type { Answer } from "../../src/domain/assessment";
import type { Checklist } from "../../src/domain/checklist";
import { scoreAssessment } from "../../src/domain/scoring";
import { randomAnswers, seededRandom } from "./answers";
import { median } from "./stats";

/** Median ms to score `count` assessments; the answers are generated before any timing starts. */
export function benchScoring(
  checklist: Checklist,
  count = 10_000,
  runs = 5,
): { medianMs: number; samples: number[] } {
  const random = seededRandom(2026);
  const assessments: Record<string, Answer>[] = Array.from({ length: count }, () =>
    randomAnswers(checklist, random),
  );
  // The checksum keeps the work observable, so no engine can skip it.
  let checksum = 0;
  const scoreAll = (): void => {
    for (const answers of assessments) checksum += scoreAssessment(checklist, answers).overall.score ?? 0;
  };
  scoreAll(); // warm-up: let the JIT settle before timing
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    scoreAll();
    samples.push(performance.now() - start);
  }
  if (!Number.isFinite(checksum)) throw new Error("scoring produced a non-finite score");
  return { medianMs: median(samples), samples };
}
