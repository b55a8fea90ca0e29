import path from "node:path";
import { parseArgs } from "node:util";
import i18next from "i18next";
import type { Checklist } from "../domain/checklist";
import { diffChecklists } from "../domain/checklist-diff";
import { type Language, languageOf } from "../domain/localized";
import { describeProblem } from "../domain/problems";
import { differenceWords } from "../i18n/difference-text";
import en from "../i18n/locales/en/versions.json";
import fi from "../i18n/locales/fi/versions.json";
import sv from "../i18n/locales/sv/versions.json";
import { readChecklistFile, readChecklistRegistry, resolveUserPath } from "./cli-io";

export const DIFF_USAGE = `Usage: npm run validate-checklists -- --diff A.json B.json [--language fi|sv|en]
Prints what changed from checklist A to checklist B, in Finnish unless another language is asked for.`;

function read(file: string): Checklist | null {
  const result = readChecklistFile(file);
  if (result.ok) return result.value;
  console.log(`FAIL ${file}`);
  for (const problem of result.problems) console.log(`  ${describeProblem(problem)}`);
  return null;
}

/** `--diff A B [--language L]`: the exit code is 0 when both files are valid checklists, whatever their difference. */
export function runDiff(args: string[]): number {
  let values: { language?: string };
  let files: string[];
  try {
    const parsed = parseArgs({
      args,
      options: { diff: { type: "boolean" }, language: { type: "string" } },
      allowPositionals: true,
    });
    values = parsed.values;
    files = parsed.positionals.map(resolveUserPath);
  } catch {
    console.error(DIFF_USAGE);
    return 2;
  }
  const language: Language | undefined = languageOf(values.language ?? "fi");
  const [fileA, fileB] = files;
  if (files.length !== 2 || fileA === undefined || fileB === undefined || language === undefined) {
    console.error(DIFF_USAGE);
    return 2;
  }
  const a = read(fileA);
  const b = read(fileB);
  if (a === null || b === null) return 1;
  const folders = [...new Set([path.dirname(fileA), path.dirname(fileB)])];
  const versions = folders.flatMap((folder) => readChecklistRegistry(folder).checklists);
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: language,
    resources: { fi: { versions: fi }, sv: { versions: sv }, en: { versions: en } },
    defaultNS: "versions",
    interpolation: { escapeValue: false },
  });
  // Keys are checked where the app calls t; here the namespace is read as plain text.
  const t = (key: string, options?: Record<string, unknown>): string =>
    i18n.t(key as never, options) as string;
  const differences = diffChecklists(a, b, versions);
  console.log(
    `${a.id} ${a.version} → ${b.id} ${b.version}: ${t("diff.count", { count: differences.length })}`,
  );
  if (b.changes && b.changes.from === a.version) console.log(b.changes.log[language]);
  if (differences.length === 0) console.log(t("diff.none"));
  for (const difference of differences) {
    const words = differenceWords(difference, { a, b, versions, language }, t);
    const declared = difference.version ? ` [${t("diff.declaredIn", { version: difference.version })}]` : "";
    console.log(`- ${words.summary}${declared}`);
    for (const detail of words.details) console.log(`    ${detail}`);
  }
  return 0;
}
