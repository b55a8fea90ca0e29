import { useEffect, useMemo, useState } from "react";
import type { Assessment } from "../domain/assessment";
import { type History, historyOf, isSameSeries } from "../domain/history";
import { useAppStore } from "./app-store";
import { useChecklistRegistry } from "./checklists";
import { whenStorage } from "./storage-handle";

/**
 * The stored assessments of `open`'s municipality and role, any year (read-only). A record set aside is
 * left out here; the storage banner already tells of it.
 */
export async function readSeries(open: Assessment): Promise<Assessment[]> {
  const records = await (await whenStorage()).list();
  return records.flatMap((read) =>
    read.kind === "ok" && isSameSeries(open.meta, read.record.assessment.meta)
      ? [read.record.assessment]
      : [],
  );
}

/**
 * The open assessment's history across years, as stored now plus the open one as it is on screen; null
 * while it is read or before an assessment is open. Read again when the municipality or role changes.
 */
export function useHistory(): History | null {
  const open = useAppStore((state) => state.assessment);
  const registry = useChecklistRegistry();
  const [stored, setStored] = useState<{ key: string; assessments: Assessment[] } | null>(null);
  const key = open
    ? JSON.stringify([open.id, open.meta.municipality, open.meta.municipalityCode, open.meta.respondentRole])
    : null;
  useEffect(() => {
    const current = useAppStore.getState().assessment;
    if (key === null || !current) return;
    let isCurrent = true;
    void readSeries(current).then(
      (assessments) => {
        if (isCurrent) setStored({ key, assessments });
      },
      // Storage that cannot be read leaves the open one alone: a history of one year.
      () => {
        if (isCurrent) setStored({ key, assessments: [] });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [key]);
  const assessments = stored?.key === key ? stored.assessments : null;
  return useMemo(
    () => (open && registry && assessments ? historyOf(open, assessments, registry.checklists) : null),
    [open, registry, assessments],
  );
}
