import type * as z from "zod/mini";
import { type ImportedAssessment, importAssessment } from "./assessment-file";
import type { Checklist } from "./checklist";
import { type Ladder, migrate } from "./migrations";
import { isRecord, type ParseResult, parseWith } from "./problems";

/** `index` counts from 0, as in the path `assessments[index]`; people count from 1. */
export interface ArchiveEntry {
  index: number;
  result: ParseResult<ImportedAssessment>;
}

type FrameSchema = z.ZodMiniType<{ assessments: unknown[] }>;

/**
 * A file of many assessment files (a workshop's, the library's): the frame is lifted by its ladder and refused
 * whole when wrong; each entry is then read on its own through the same salvage import as a single file, so one
 * bad entry never stops the others and its problems are named from the entry, as a file's would be.
 */
export function readArchive<S extends FrameSchema>(
  format: string,
  ladder: Ladder,
  frameSchema: S,
  data: unknown,
  checklists: readonly Checklist[],
): ParseResult<{ frame: z.infer<S>; entries: ArchiveEntry[] }> {
  if (!isRecord(data) || data.format !== format) {
    return { ok: false, problems: [{ path: "", code: "notOurFormat", detail: format }] };
  }
  const lifted = migrate(ladder, data, data.formatVersion);
  if (!lifted.ok) return lifted;
  const frame = parseWith(frameSchema, lifted.value);
  if (!frame.ok) return frame;
  const entries = frame.value.assessments.map((entry, index) => ({
    index,
    result: importAssessment(entry, checklists),
  }));
  return { ok: true, value: { frame: frame.value, entries } };
}
