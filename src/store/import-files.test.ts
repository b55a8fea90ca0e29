import { afterEach, describe, expect, it, vi } from "vitest";
import { bundledRegistry } from "../../tests/bundled-checklists";
import { toAssessmentFile } from "../domain/assessment-file";
import { generateAssessments } from "../domain/generate-assessments";
import { FILE_MAX_BYTES } from "../domain/limits";
import { latestChecklist } from "../domain/registry-lookup";
import { createWorkshop } from "../domain/workshop";
import { toWorkshopFile } from "../domain/workshop-archive";
import { answerImportRequest, importReceiver } from "./import-batches";
import { FILES_PER_MESSAGE, type ImportMessage, type ImportResponse, importFiles } from "./import-files";

const { checklists } = bundledRegistry;
const checklist = latestChecklist(bundledRegistry);
if (!checklist) throw new Error("no shipped checklist");
const assessments = generateAssessments(checklist, 5, 3);
const fileOf = (name: string, text: string) => new File([text], name, { type: "application/json" });
const texts = assessments.map((assessment) => JSON.stringify(toAssessmentFile(assessment)));
const files = texts.map((text, index) => fileOf(`${index + 1}.json`, text));
const NOW = new Date("2026-11-23T10:00:00.000Z");
const archive = fileOf(
  "alue.json",
  JSON.stringify({
    ...toWorkshopFile(createWorkshop("Alue", NOW), NOW),
    assessments: assessments.slice(0, 2).map(toAssessmentFile),
  }),
);
const names = (outcomes: { sourceName: string; ok: boolean }[]) =>
  outcomes.map((outcome) => `${outcome.sourceName}:${outcome.ok ? "ok" : "refused"}`);

describe("importFiles in the page (no Worker, as in jsdom)", () => {
  it("reads every file in order, telling progress per file; one bad file never stops the others", async () => {
    const progress: string[] = [];
    const huge = fileOf("iso.json", `${texts[0]}${" ".repeat(FILE_MAX_BYTES)}`);
    const outcomes = await importFiles(
      [...files.slice(0, 1), fileOf("rikki.json", "{"), archive, huge, ...files.slice(1, 2)],
      checklists,
      { onProgress: (done, total) => progress.push(`${done}/${total}`) },
    );
    expect(progress).toEqual(["1/5", "2/5", "3/5", "4/5", "5/5"]);
    expect(names(outcomes)).toEqual([
      "1.json:ok",
      "rikki.json:refused",
      "alue.json › 1:ok",
      "alue.json › 2:ok",
      "iso.json:refused",
      "2.json:ok",
    ]);
    expect(outcomes[0]).toEqual({ sourceName: "1.json", ok: true, assessment: assessments[0], dropped: [] });
    expect(outcomes[4]).toMatchObject({ ok: false, problems: [{ code: "tooLarge", detail: "2 MB" }] });
  });

  it("stops when cancelled, resolving with the files done so far", async () => {
    const controller = new AbortController();
    const outcomes = await importFiles(files, checklists, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    expect(names(outcomes)).toEqual(["1.json:ok", "2.json:ok"]);
    expect(await importFiles(files, checklists, { signal: AbortSignal.abort() })).toEqual([]);
  });
});

/** Runs the worker's protocol in the page, as the browser would run import-files.worker.ts. */
class PageWorker {
  static mode: "works" | "failsToLoad" = "works";
  static terminated = 0;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: (() => void) | null = null;
  static messages: ImportMessage[] = [];
  private isTerminated = false;
  // Batches of one file, so each file's progress is seen.
  private receive = importReceiver((data) => {
    if (!this.isTerminated) this.onmessage?.({ data } as MessageEvent<ImportResponse>);
  }, 0);

  postMessage(message: ImportMessage) {
    PageWorker.messages.push(message);
    if (PageWorker.mode === "failsToLoad") {
      if (message.kind === "read") setTimeout(() => this.onerror?.(), 0);
      return;
    }
    this.receive(message);
  }

  terminate() {
    this.isTerminated = true;
    PageWorker.terminated += 1;
  }
}

describe("importFiles through a worker", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    PageWorker.mode = "works";
    PageWorker.terminated = 0;
    PageWorker.messages = [];
  });

  it("collects the worker's outcomes with progress, and ends the worker when done", async () => {
    vi.stubGlobal("Worker", PageWorker);
    const progress: number[] = [];
    const outcomes = await importFiles([archive, ...files.slice(0, 2)], checklists, {
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([1, 2, 3]);
    expect(names(outcomes)).toEqual(["alue.json › 1:ok", "alue.json › 2:ok", "1.json:ok", "2.json:ok"]);
    expect(PageWorker.terminated).toBe(1);
  });

  it("hands the worker many files in slices, so copying them never holds the page, and reads them all", async () => {
    vi.stubGlobal("Worker", PageWorker);
    const many = Array.from({ length: 2 * FILES_PER_MESSAGE + 5 }, (_, index) =>
      fileOf(`${index + 1}.json`, texts[index % texts.length] ?? ""),
    );
    const outcomes = await importFiles(many, checklists);
    expect(PageWorker.messages.map((message) => message.kind)).toEqual(["files", "files", "files", "read"]);
    const sliceSizes = PageWorker.messages.map((message) =>
      message.kind === "files" ? message.files.length : 0,
    );
    expect(sliceSizes).toEqual([FILES_PER_MESSAGE, FILES_PER_MESSAGE, 5, 0]);
    expect(names(outcomes)).toEqual(many.map((file) => `${file.name}:ok`));
  });

  it("ends the worker at once when cancelled, resolving with what it had sent", async () => {
    vi.stubGlobal("Worker", PageWorker);
    const controller = new AbortController();
    const outcomes = await importFiles(files, checklists, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 3) controller.abort();
      },
    });
    expect(names(outcomes)).toEqual(["1.json:ok", "2.json:ok", "3.json:ok"]);
    expect(PageWorker.terminated).toBe(1);
  });

  it("reads in the page when the worker cannot start", async () => {
    vi.stubGlobal("Worker", PageWorker);
    PageWorker.mode = "failsToLoad";
    const outcomes = await importFiles(files.slice(0, 2), checklists);
    expect(names(outcomes)).toEqual(["1.json:ok", "2.json:ok"]);
  });
});

describe("answerImportRequest", () => {
  it("sends the outcomes in order in as few messages as the batch time allows", async () => {
    const responses: ImportResponse[] = [];
    await answerImportRequest(
      { files: [archive, ...files.slice(0, 3)], checklists },
      (r) => responses.push(r),
      60_000,
    );
    expect(responses.map((response) => response.kind)).toEqual(["files", "done"]);
    const [batch] = responses;
    expect(batch?.kind === "files" && batch.count).toBe(4);
    expect(batch?.kind === "files" && batch.outcomes.map((outcome) => outcome.sourceName)).toEqual([
      "alue.json › 1",
      "alue.json › 2",
      "1.json",
      "2.json",
      "3.json",
    ]);
  });
});
