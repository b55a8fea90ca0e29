// The IDB* globals idb checks against (instanceof IDBRequest …); each test opens its own IDBFactory.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createMemoryStorage } from "./assessment-storage";
import { DB_NAME, DB_VERSION, openIndexedDbStorage } from "./indexeddb-storage";
import { describeStorageContract } from "./storage-contract";

describeStorageContract("in-memory", async (raw = []) => createMemoryStorage(raw));

describeStorageContract("IndexedDB", async (raw = []) => {
  const factory = new IDBFactory();
  const storage = await openIndexedDbStorage(factory);
  if (raw.length > 0) {
    storage.close();
    const request = factory.open(DB_NAME, DB_VERSION);
    await new Promise((resolve) => request.addEventListener("success", resolve));
    const tx = request.result.transaction("assessments", "readwrite");
    for (const [key, value] of raw) tx.objectStore("assessments").put(value, key);
    await new Promise((resolve) => tx.addEventListener("complete", resolve));
    request.result.close();
    return openIndexedDbStorage(factory);
  }
  return storage;
});

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

  it("is refused as unavailable when there is no IndexedDB", async () => {
    await expect(openIndexedDbStorage(null)).rejects.toMatchObject({ reason: "unavailable" });
  });
});
