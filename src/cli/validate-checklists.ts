import { allItems } from "../domain/checklist";
import { describeProblem } from "../domain/problems";
import { CHECKLISTS_DIR, checklistFiles, displayPath, readChecklistFile } from "./cli-io";

const args = process.argv.slice(2);
const files = args.length > 0 ? args : checklistFiles(CHECKLISTS_DIR);

if (files.length === 0) {
  // A check that finds nothing to check must not pass.
  console.error(`No checklist files found in ${displayPath(CHECKLISTS_DIR)}`);
  process.exitCode = 1;
}

for (const file of files) {
  const result = readChecklistFile(file);
  if (result.ok) {
    const { id, version } = result.value;
    console.log(`OK ${displayPath(file)} (${id} ${version}, ${allItems(result.value).length} items)`);
  } else {
    process.exitCode = 1;
    console.log(`FAIL ${displayPath(file)}`);
    for (const problem of result.problems) console.log(`  ${describeProblem(problem)}`);
  }
}
