import type { Checklist } from "../../domain/checklist";
import { checklistRef } from "../../domain/checklist-lookup";
import type { Invitation } from "../../domain/invitation";
import { useAppStore } from "../../store/app-store";

/**
 * A new association-role assessment with the invitation's details. The store always starts a new record,
 * so no other assessment is overwritten.
 */
export function startInvitedAssessment(invitation: Invitation, checklist: Checklist): void {
  const { startAssessment, updateMeta } = useAppStore.getState();
  startAssessment(checklistRef(checklist));
  updateMeta({
    municipality: invitation.municipality,
    ...(invitation.municipalityCode === undefined ? {} : { municipalityCode: invitation.municipalityCode }),
    year: invitation.year,
    respondentRole: "association",
  });
}
