import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../tests/bundled-checklists";
import { type Assessment, AssessmentSchema } from "./assessment";
import { readAssessmentFile, toAssessmentFile } from "./assessment-file";
import { GENERATED_MUNICIPALITY_MAX, GENERATED_YEARS, generateAssessments } from "./generate-assessments";
import { MUNICIPALITIES, municipalityByCode, REGIONS } from "./municipalities";
import { latestChecklist } from "./registry-lookup";

const checklist = latestChecklist(bundledRegistry);
if (!checklist) throw new Error("no shipped checklist");
const { checklists } = bundledRegistry;

const own = (assessments: readonly Assessment[]) =>
  assessments.filter((assessment) => assessment.meta.respondentRole === "municipality");

describe("generateAssessments", () => {
  const generated = generateAssessments(checklist, 400, 7);

  it("gives the same assessments for the same seed, and others for another seed", () => {
    expect(generateAssessments(checklist, 400, 7)).toEqual(generated);
    expect(generated.map((assessment) => assessment.id).slice(0, 2)).toEqual([
      "generated-7-0001",
      "generated-7-0002",
    ]);
    const other = generateAssessments(checklist, 400, 8);
    expect(other.map((assessment) => assessment.meta)).not.toEqual(generated.map(({ meta }) => meta));
    expect(generateAssessments(checklist, 0, 7)).toEqual([]);
  });

  it("writes only valid assessments, each of which the import reads whole", () => {
    expect(new Set(generated.map((assessment) => assessment.id)).size).toBe(400);
    for (const assessment of generated) {
      expect(AssessmentSchema.safeParse(assessment).success).toBe(true);
      const file = JSON.stringify(toAssessmentFile(assessment));
      expect(readAssessmentFile(file, checklists)).toEqual({ ok: true, value: assessment });
    }
  });

  it("draws each municipality once: 308 of its own assessments are 308 municipalities, from every region", () => {
    const first308 = own(generated).slice(0, MUNICIPALITIES.length);
    expect(first308).toHaveLength(308);
    expect(new Set(first308.map((assessment) => assessment.meta.municipalityCode)).size).toBe(308);
    const regionsOfFirst = own(generated)
      .slice(0, REGIONS.length)
      .map((assessment) => municipalityByCode(assessment.meta.municipalityCode)?.region);
    expect(new Set(regionsOfFirst).size).toBe(REGIONS.length);
    for (const assessment of generated) {
      const municipality = municipalityByCode(assessment.meta.municipalityCode);
      expect(municipality?.fi).toBe(assessment.meta.municipality);
    }
  });

  it("mixes roles, and gives associations and workshops a municipality already there, in its year", () => {
    const roles = generated.map((assessment) => assessment.meta.respondentRole);
    const associations = roles.filter((role) => role === "association").length;
    const workshops = roles.filter((role) => role === "workshop").length;
    expect(associations / 400).toBeGreaterThan(0.1);
    expect(associations / 400).toBeLessThan(0.2);
    expect(workshops).toBeGreaterThan(3);
    expect(workshops).toBeLessThan(40);
    expect(roles[0]).toBe("municipality");
    const owned = new Set(own(generated).map(({ meta }) => `${meta.municipalityCode}/${meta.year}`));
    for (const { meta } of generated) expect(owned.has(`${meta.municipalityCode}/${meta.year}`)).toBe(true);
  });

  it("spreads years, levels and the other answers, and dates each assessment in its year", () => {
    expect(new Set(generated.map(({ meta }) => meta.year))).toEqual(new Set(GENERATED_YEARS));
    for (const { meta } of generated) expect(meta.date.startsWith(`${meta.year}-`)).toBe(true);
    const answers = generated.flatMap((assessment) => Object.values(assessment.answers));
    const count = (test: (answer: (typeof answers)[number]) => boolean) => answers.filter(test).length;
    for (const level of [0, 1, 2, 3]) {
      expect(count((answer) => answer.kind === "level" && answer.level === level)).toBeGreaterThan(100);
    }
    expect(count((answer) => answer.kind === "dontKnow")).toBeGreaterThan(100);
    expect(count((answer) => answer.kind === "notApplicable" && answer.reason.length > 0)).toBeGreaterThan(
      50,
    );
    expect(count((answer) => answer.note !== undefined)).toBeGreaterThan(50);
    const items = checklist.themes.flatMap((theme) => theme.items).length;
    expect(answers.length).toBeLessThan(400 * items);
  });

  it("keeps municipalities' own assessments unique per year across rounds, up to its limit", () => {
    const many = own(generateAssessments(checklist, 1000, 3));
    expect(many.length).toBeGreaterThan(MUNICIPALITIES.length);
    const keys = many.map(({ meta }) => `${meta.municipalityCode}/${meta.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(GENERATED_MUNICIPALITY_MAX).toBe(924);
    expect(() => generateAssessments(checklist, 2000, 3)).toThrow(RangeError);
    expect(() => generateAssessments(checklist, 10, 1.5)).toThrow(RangeError);
  });
});
