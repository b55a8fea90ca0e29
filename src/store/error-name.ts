/**
 * The name of what a storage call threw, as the alert shows it and as code tells faults apart
 * ("QuotaExceededError", "VersionError"); "Error" when it says nothing more.
 */
export function errorName(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.name || "Error" : "Error";
}
