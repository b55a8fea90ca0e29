import { describe, expect, it } from "vitest";
import { droppedFiles } from "./dropped-files";

const json = (name: string) => new File(["{}"], name, { type: "application/json" });

function fileEntry(file: File, isReadable = true): FileSystemFileEntry {
  return {
    isFile: true,
    isDirectory: false,
    name: file.name,
    file: (onFile: (file: File) => void, onError?: (error: DOMException) => void) =>
      isReadable ? onFile(file) : onError?.(new DOMException("gone", "NotFoundError")),
  } as unknown as FileSystemFileEntry;
}

/** A folder whose reader hands out its entries in batches of `batchSize`, as Chromium does with 100. */
function folderEntry(name: string, children: FileSystemEntry[], batchSize = 2): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let next = 0;
      return {
        readEntries: (onEntries: (entries: FileSystemEntry[]) => void) => {
          onEntries(children.slice(next, next + batchSize));
          next += batchSize;
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

type FakeItem = { kind: string; entry?: FileSystemEntry | null; file?: File };

function transfer(items: FakeItem[], files: File[] = []): DataTransfer {
  return {
    items: items.map(({ kind, entry, file }) => ({
      kind,
      webkitGetAsEntry: entry === undefined ? undefined : () => entry,
      getAsFile: () => file ?? null,
    })),
    files,
  } as unknown as DataTransfer;
}

const names = (files: File[]) => files.map((file) => file.name);

describe("droppedFiles", () => {
  it("reads dropped files and every file in a dropped folder, subfolders and later batches included", async () => {
    const region = folderEntry("varsinais-suomi", [
      fileEntry(json("koski.json")),
      fileEntry(json("lieto.json")),
      folderEntry("saaristo", [fileEntry(json("parainen.json")), fileEntry(json("kemionsaari.json"))]),
      fileEntry(json("salo.json")),
    ]);
    const files = await droppedFiles(
      transfer([
        { kind: "file", entry: fileEntry(json("turku.json")) },
        { kind: "file", entry: region },
      ]),
    );
    expect(names(files)).toEqual([
      "turku.json",
      "koski.json",
      "lieto.json",
      "parainen.json",
      "kemionsaari.json",
      "salo.json",
    ]);
  });

  it("skips dragged text and a file that can no longer be read, keeping the rest", async () => {
    const files = await droppedFiles(
      transfer([
        { kind: "string" },
        { kind: "file", entry: fileEntry(json("poistettu.json"), false) },
        { kind: "file", entry: fileEntry(json("koski.json")) },
      ]),
    );
    expect(names(files)).toEqual(["koski.json"]);
  });

  it("takes the file itself where the browser gives no entry", async () => {
    const files = await droppedFiles(transfer([{ kind: "file", entry: null, file: json("koski.json") }]));
    expect(names(files)).toEqual(["koski.json"]);
  });

  it("falls back to the file list when the drop has no items", async () => {
    const files = await droppedFiles(transfer([], [json("koski.json"), json("salo.json")]));
    expect(names(files)).toEqual(["koski.json", "salo.json"]);
  });
});
