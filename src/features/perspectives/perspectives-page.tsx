import "./i18n";
import "./perspectives.css";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import { WORKSHOP_NAME_MAX } from "../../domain/limits";
import { useAppStore } from "../../store/app-store";
import { NoAssessmentNote } from "../../ui/no-assessment-note";
import { Page } from "../../ui/page";
import { AssociationFiles } from "./association-files";
import { GapView } from "./gap-view";
import { InviteSection } from "./invite-section";
import { useAssociationAnswers } from "./use-association-answers";

function Perspectives({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation("perspectives");
  const { municipality, year } = assessment.meta;
  const name = t("files.workshopName", { municipality: municipality.trim() || "–", year });
  const answers = useAssociationAnswers(assessment, name.slice(0, WORKSHOP_NAME_MAX));
  const members = answers.workshop?.members;
  const others = useMemo(() => (members ?? []).map((member) => member.assessment), [members]);
  return (
    <>
      <InviteSection assessment={assessment} />
      <AssociationFiles answers={answers} />
      {answers.isLoading ? (
        <p className="loading" aria-busy="true" />
      ) : (
        <GapView own={assessment} others={others} />
      )}
    </>
  );
}

/** The open assessment beside its associations' answers, and the invitation that gathers them. */
export default function PerspectivesPage() {
  const { t } = useTranslation("perspectives");
  const assessment = useAppStore((state) => state.assessment);
  return (
    <Page title={t("page.title")}>
      <p className="lead">{t("page.lead")}</p>
      {assessment === null ? (
        <NoAssessmentNote
          title={t("page.noAssessmentTitle")}
          body={t("page.noAssessmentBody")}
          startLabel={t("page.start")}
        />
      ) : (
        <Perspectives assessment={assessment} />
      )}
    </Page>
  );
}
