import type { AssessmentStorage } from "./assessment-storage";

/**
 * The one storage the app opened, for the stores beside the assessment's (workshops): they wait for it rather
 * than open a second connection. startStorage provides it; a test provides its own.
 */
let resolvePending: ((storage: AssessmentStorage) => void) | null = null;
let current = new Promise<AssessmentStorage>((resolve) => {
  resolvePending = resolve;
});

export function whenStorage(): Promise<AssessmentStorage> {
  return current;
}

/** The first call settles everyone already waiting; a later one (a test's) replaces the storage. */
export function provideStorage(storage: AssessmentStorage): void {
  if (resolvePending) {
    resolvePending(storage);
    resolvePending = null;
  } else {
    current = Promise.resolve(storage);
  }
}
