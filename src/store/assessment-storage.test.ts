// The IDB* globals idb checks against (instanceof IDBRequest …); each test opens its own IDBFactory.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createAssessment } from "../domain/assessment";
import { storedRecord } from "../domain/stored-record";
import { createWorkshop } from "../domain/workshop";
import { createMemoryStorage } from "./assessment-storage";
import { DB_NAME, DB_VERSION, openIndexedDbStorage } from "./indexeddb-storage";
import { describeStorageContract } from "./storage-contract";

describeStorageContract("in-memory", async (raw = [], rawWorkshops = [], rawChecklists = []) =>
  createMemoryStorage(raw, rawWorkshops, rawChecklists),
);

type RawEntries = ReadonlyArray<readonly [string, unknown]>;

/** Opens the database at `version` (made fresh, or upgraded by `upgrade`) and puts raw values into its stores. */
async function putRaw(
  factory: IDBFactory,
  version: number,
  stores: Record<string, RawEntries>,
  upgrade: (db: IDBDatabase) => void = () => {},
): Promise<void> {
  const request = factory.open(DB_NAME, version);
  request.addEventListener("upgradeneeded", () => upgrade(request.result));
  await new Promise((resolve) => request.addEventListener("success", resolve));
  const names = Object.keys(stores);
  const tx = request.result.transaction(names, "readwrite");
  for (const name of names) {
    for (const [key, value] of stores[name] ?? []) tx.objectStore(name).put(value, key);
  }
  await new Promise((resolve) => tx.addEventListener("complete", resolve));
  request.result.close();
}

describeStorageContract("IndexedDB", async (raw = [], rawWorkshops = [], rawChecklists = []) => {
  const factory = new IDBFactory();
  const storage = await openIndexedDbStorage(factory);
  if (raw.length > 0 || rawWorkshops.length > 0 || rawChecklists.length > 0) {
    storage.close();
    await putRaw(factory, DB_VERSION, {
      assessments: raw,
      workshops: rawWorkshops,
      checklists: rawChecklists,
    });
    return openIndexedDbStorage(factory);
  }
  return storage;
});

const ref = { id: "jarjestoystavallinen-kunta", version: "1.0.0" };

describe("IndexedDB storage", () => {
  it("refuses a database made by a newer version of the app, leaving it untouched", async () => {
    const factory = new IDBFactory();
    const request = factory.open(DB_NAME, 999);
    await new Promise((resolve) => {
      request.addEventListener("upgradeneeded", () => request.result.createObjectStore("future"));
      request.addEventListener("success", resolve);
    });
    request.result.close();
    await expect(openIndexedDbStorage(factory)).rejects.toMatchObject({ reason: "newerDatabase" });
    const databases = await factory.databases();
    expect(databases).toEqual([{ name: DB_NAME, version: 999 }]);
  });

  it("upgrades a version 1 database, keeping every assessment, even a damaged one, and the settings", async () => {
    const factory = new IDBFactory();
    const stored = [1, 2, 3].map((n) => {
      const id = `assessment-000${n}`;
      return storedRecord(createAssessment(ref, new Date("2025-05-05T10:00:00.000Z"), id), n);
    });
    const damaged = { id: "assessment-0009", revision: "x" };
    await putRaw(
      factory,
      1,
      {
        assessments: [...stored.map((record) => [record.id, record] as const), ["assessment-0009", damaged]],
        settings: [["openAssessmentId", "assessment-0002"]],
      },
      (db) => {
        db.createObjectStore("assessments");
        db.createObjectStore("settings");
      },
    );
    const storage = await openIndexedDbStorage(factory);
    const reads = await storage.list();
    expect(reads.filter((read) => read.kind === "ok").map((read) => read.record)).toEqual(stored);
    expect(reads.find((read) => read.kind === "damaged")).toMatchObject({ id: "assessment-0009" });
    expect(await storage.getSetting("openAssessmentId")).toBe("assessment-0002");
    expect(await storage.listWorkshops()).toEqual([]);
    await storage.putWorkshop(createWorkshop("Alue", new Date("2026-11-23T10:00:00.000Z"), "workshop-0001"));
    expect((await storage.listWorkshops()).map((read) => read.kind)).toEqual(["ok"]);
    expect(await storage.listChecklists()).toEqual([]);
    storage.close();
    expect(await factory.databases()).toEqual([{ name: DB_NAME, version: DB_VERSION }]);
  });

  it("is refused as unavailable when there is no IndexedDB", async () => {
    await expect(openIndexedDbStorage(null)).rejects.toMatchObject({ reason: "unavailable" });
  });
});
