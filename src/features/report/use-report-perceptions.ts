import { useEffect, useState } from "react";
import type { Assessment } from "../../domain/assessment";
import type { ReportInput } from "../../domain/report";
import { useChecklistRegistry } from "../../store/checklists";
import { useWorkshopStore } from "../../store/workshops";

/** The associations' answers kept for the assessment on the perspectives page; undefined while none are. */
export function useReportPerceptions(assessment: Assessment): ReportInput["perceptions"] {
  const registry = useChecklistRegistry();
  const [others, setOthers] = useState<Assessment[]>([]);
  const { id } = assessment;
  useEffect(() => {
    let isCurrent = true;
    void useWorkshopStore
      .getState()
      .workshopFor(id)
      .then((workshop) => {
        if (isCurrent) setOthers((workshop?.members ?? []).map((member) => member.assessment));
      });
    return () => {
      isCurrent = false;
    };
  }, [id]);
  const checklists = registry?.checklists;
  return others.length > 0 && checklists ? { others, checklists } : undefined;
}
