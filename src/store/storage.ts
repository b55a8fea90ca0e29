import type { PersistStorage, StorageValue } from "zustand/middleware";
import {
  PERSISTED_STATE_VERSION,
  type PersistedState,
  restorePersistedState,
} from "../domain/persisted-state";
import type { Problem } from "../domain/problems";

export interface StorageProblem {
  problems: Problem[];
  /** localStorage key where the unreadable text was kept, so nothing the user saved is lost. */
  backupKey: string | null;
}

type ProblemListener = (problem: StorageProblem) => void;

function backup(name: string, raw: string): string | null {
  const key = `${name}:backup:${new Date().toISOString()}`;
  try {
    localStorage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/**
 * localStorage with validation. zustand's JSON storage would throw on a damaged value and then
 * overwrite it with defaults on the next change; here the damaged text is copied aside first.
 */
export function createValidatedStorage(onProblem: ProblemListener): PersistStorage<PersistedState> {
  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = localStorage.getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      const restored = restorePersistedState(raw);
      if (restored.ok)
        return {
          state: restored.value,
          version: PERSISTED_STATE_VERSION,
        } satisfies StorageValue<PersistedState>;
      onProblem({ problems: restored.problems, backupKey: backup(name, raw) });
      return null;
    },
    setItem(name, value) {
      try {
        localStorage.setItem(name, JSON.stringify(value));
      } catch (error) {
        onProblem({
          problems: [{ path: "", code: "invalid", detail: (error as Error).message }],
          backupKey: null,
        });
      }
    },
    removeItem(name) {
      try {
        localStorage.removeItem(name);
      } catch {
        // Storage blocked: nothing to remove.
      }
    },
  };
}

export function readBackup(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
