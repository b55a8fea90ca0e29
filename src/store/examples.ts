import { useEffect, useState } from "react";
import type { Checklist } from "../domain/checklist";
import { type Example, readExample } from "../domain/example-file";
import type { PracticeCard } from "../domain/practice";
import { readPracticeCatalog } from "../domain/practice-catalog";
import type { ParseResult, Problem } from "../domain/problems";

export interface ExampleLoadError {
  file: string;
  problems: Problem[];
}

export interface LoadedExamples {
  examples: Example[];
  practices: PracticeCard[];
  /** Files that failed validation: reported on screen, never used. */
  problems: ExampleLoadError[];
}

export interface ExamplesState extends LoadedExamples {
  /** "failed": the files' code did not arrive (offline before the service worker had them); none are shown. */
  status: "loading" | "ready" | "failed";
}

// Not eager: each file is its own chunk, fetched only by the pages that show examples (results, compare).
const exampleFiles = import.meta.glob<unknown>("/checklists/*/examples/*.json", { import: "default" });
const practiceFiles = import.meta.glob<unknown>("/checklists/*/practices.json", { import: "default" });

/** Files in the checklist's own folder, `/checklists/<id>/…`, or for an adapted one its base's. */
function filesFor(files: Record<string, () => Promise<unknown>>, checklist: Checklist) {
  const folder = `/checklists/${checklist.adaptation?.basedOn.id ?? checklist.id}/`;
  return Object.entries(files).filter(([file]) => file.startsWith(folder));
}

async function readAll<T>(
  files: [string, () => Promise<unknown>][],
  read: (data: unknown) => ParseResult<T>,
  problems: ExampleLoadError[],
): Promise<T[]> {
  const values: T[] = [];
  // Sorted by file name, so the default example does not depend on the order chunks arrive in.
  const sorted = [...files].sort(([a], [b]) => a.localeCompare(b));
  const results = await Promise.all(sorted.map(async ([file, load]) => [file, read(await load())] as const));
  for (const [file, result] of results) {
    if (result.ok) values.push(result.value);
    else problems.push({ file: file.replace(/^\//, ""), problems: result.problems });
  }
  return values;
}

export async function loadExamples(checklist: Checklist): Promise<LoadedExamples> {
  const problems: ExampleLoadError[] = [];
  const [examples, catalogs] = await Promise.all([
    readAll(filesFor(exampleFiles, checklist), (data) => readExample(data, checklist), problems),
    readAll(filesFor(practiceFiles, checklist), (data) => readPracticeCatalog(data, checklist), problems),
  ]);
  return { examples, practices: catalogs.flat(), problems };
}

// Loaded once per checklist and kept for the session: the files ship with the app and never change.
const pending = new WeakMap<Checklist, Promise<void>>();
const loaded = new WeakMap<Checklist, ExamplesState>();

const LOADING: ExamplesState = { status: "loading", examples: [], practices: [], problems: [] };
const FAILED: ExamplesState = { ...LOADING, status: "failed" };

function load(checklist: Checklist): Promise<void> {
  let promise = pending.get(checklist);
  if (!promise) {
    promise = loadExamples(checklist).then(
      (value) => {
        loaded.set(checklist, { status: "ready", ...value });
      },
      () => {
        // A browser keeps a failed import() for the page's lifetime: loading the page afresh fetches again.
        loaded.set(checklist, FAILED);
      },
    );
    pending.set(checklist, promise);
  }
  return promise;
}

/**
 * The example municipalities and practice cards for a checklist; "loading" until their chunks arrive, and
 * "failed" (with none) when they cannot be fetched.
 */
export function useExamples(checklist: Checklist | null): ExamplesState {
  const [, setLoadedFor] = useState<Checklist | null>(null);
  useEffect(() => {
    if (!checklist || loaded.has(checklist)) return;
    let isCurrent = true;
    void load(checklist).then(() => {
      if (isCurrent) setLoadedFor(checklist);
    });
    return () => {
      isCurrent = false;
    };
  }, [checklist]);
  return (checklist && loaded.get(checklist)) || LOADING;
}
