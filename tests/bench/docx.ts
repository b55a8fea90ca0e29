import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSize, readManifest, type SizedFile, staticClosure } from "./sizes";

const DOCX_ENTRY = "src/features/report/docx/create-report-docx.ts";
const REPORT_PAGE = "src/features/report/report-page.tsx";
/** Only the docx library writes this namespace; finding it in a file means the Word code is in that file. */
const DOCX_MARKER = "wordprocessingml";

export interface DocxBuild {
  /** JS that loads when the Word file is asked for: its entry and imports the page has not loaded already. */
  chunk: SizedFile[];
  /** Files loaded before the Word file is asked for (initial JS, the report page) that contain docx. */
  docxCodeOutsideItsChunk: string[];
}

/** As measurePdfBuild: the Word code's own chunk, and whether any of it leaked into what loads before. */
export function measureDocxBuild(distDir: string, initialJs: readonly string[]): DocxBuild {
  const manifest = readManifest(distDir);
  if (!manifest[DOCX_ENTRY]) throw new Error(`${DOCX_ENTRY} is not a chunk of its own in the build`);
  const loadedBefore = new Set([...initialJs, ...staticClosure(manifest, [REPORT_PAGE]).js]);
  const chunk = staticClosure(manifest, [DOCX_ENTRY])
    .js.filter((file) => !loadedBefore.has(file))
    .map((file) => ({ file, gzipBytes: gzipSize(path.join(distDir, file)) }));
  const docxCodeOutsideItsChunk = [...loadedBefore].filter((file) =>
    readFileSync(path.join(distDir, file), "utf8").includes(DOCX_MARKER),
  );
  return { chunk, docxCodeOutsideItsChunk };
}
