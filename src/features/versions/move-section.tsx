import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment, Review } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { allItems } from "../../domain/checklist-lookup";
import {
  type AnswerMigration,
  availableMigration,
  migrateAnswers,
  migrationSummary,
} from "../../domain/checklist-migration";
import { useAppStore } from "../../store/app-store";
import { useChecklistRegistry } from "../../store/checklists";
import { useAnswerLabel } from "../../ui/answer-label";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { TitledSection } from "../../ui/titled-section";
import { useItemText } from "../../ui/use-item-text";
import { RetiredAnswerList } from "./retired-answers-section";

interface Moved {
  version: string;
  toCheck: number;
  firstThemeId: string | undefined;
}

export function MoveSection() {
  const { t } = useTranslation("versions");
  const assessment = useAppStore((state) => state.assessment);
  const registry = useChecklistRegistry();
  const [moved, setMoved] = useState<Moved | null>(null);
  const available = useMemo(
    () => (assessment ? availableMigration(assessment.checklist, registry?.checklists ?? []) : null),
    [assessment, registry],
  );
  if (moved) {
    return (
      <div className="panel versions-moved" role="status">
        <p>{t("update.accepted", { version: moved.version, count: moved.toCheck })}</p>
        {moved.firstThemeId && (
          <Link to={paths.theme(moved.firstThemeId)} className="button button-primary">
            {t("update.firstToCheck")}
          </Link>
        )}
      </div>
    );
  }
  if (!assessment) return <p>{t("update.noAssessment")}</p>;
  if (!available) return <p>{t("update.none", { version: assessment.checklist.version })}</p>;
  return (
    <MoveProposal
      assessment={assessment}
      from={available.from}
      to={available.to}
      path={available.path}
      onMoved={setMoved}
    />
  );
}

interface MoveProposalProps {
  assessment: Assessment;
  from: Checklist;
  to: Checklist;
  path: Checklist[];
  onMoved: (moved: Moved) => void;
}

function MoveProposal({ assessment, from, to, path, onMoved }: MoveProposalProps) {
  const { t } = useTranslation("versions");
  const language = useAppStore((state) => state.language);
  const moveToNewestChecklist = useAppStore((state) => state.moveToNewestChecklist);
  const migration = useMemo(() => migrateAnswers(assessment, path), [assessment, path]);
  const summary = migrationSummary(migration, to);
  const accept = async () => {
    if (!(await moveToNewestChecklist())) return;
    const firstToCheck = to.themes.find((theme) =>
      theme.items.some((item) => summary.toCheck.includes(item.id)),
    );
    onMoved({ version: to.version, toCheck: summary.toCheck.length, firstThemeId: firstToCheck?.id });
  };
  return (
    <TitledSection title={t("update.title", { version: to.version })} className="versions-move">
      <p>
        {t("update.current", {
          municipality: assessment.meta.municipality,
          year: assessment.meta.year,
          version: from.version,
        })}
      </p>
      <h3>{t("update.log")}</h3>
      {path.map((step) => step.changes && <p key={step.version}>{step.changes.log[language]}</p>)}
      <ToCheckList ids={summary.toCheck} migration={migration} checklist={to} />
      {summary.retired.length > 0 && (
        <>
          <h3>{t("update.retired", { count: summary.retired.length })}</h3>
          <p>{t("update.retiredLead")}</p>
          <RetiredAnswerList retired={migration.retiredAnswers} checklistId={to.id} />
        </>
      )}
      <IdList
        title={t("update.carried", { count: summary.carried.length })}
        lead={t("update.carriedLead")}
        ids={summary.carried}
        checklist={to}
      />
      <IdList
        title={t("update.unanswered", { count: summary.unanswered.length })}
        lead={t("update.unansweredLead")}
        ids={summary.unanswered}
        checklist={to}
      />
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void accept()}>
          {t("update.accept", { version: to.version })}
        </button>
        <Link to={paths.start} className="button button-secondary">
          {t("update.keep", { version: from.version })}
        </Link>
      </div>
      <p className="field-hint">{t("update.keepNote")}</p>
    </TitledSection>
  );
}

function ReasonText({ review, checklistId }: { review: Review; checklistId: string }) {
  const { t } = useTranslation("versions");
  const itemText = useItemText(checklistId);
  const from = review.from.map((id) => `”${itemText(id)}”`).join(t("diff.and"));
  return <>{t(`update.reason.${review.change}`, { from })}</>;
}

function ToCheckList({
  ids,
  migration,
  checklist,
}: {
  ids: string[];
  migration: AnswerMigration;
  checklist: Checklist;
}) {
  const { t } = useTranslation("versions");
  const answerLabel = useAnswerLabel();
  const itemText = useItemText(checklist.id);
  if (ids.length === 0) return null;
  return (
    <>
      <h3>{t("update.toCheck", { count: ids.length })}</h3>
      <p>{t("update.toCheckLead")}</p>
      <ul className="versions-list">
        {ids.map((id) => {
          const review = migration.review[id];
          return (
            <li key={id}>
              <strong>{itemText(id)}</strong>
              {review && (
                <span className="versions-detail">
                  <ReasonText review={review} checklistId={checklist.id} />
                </span>
              )}
              <span className="versions-detail">
                {t("update.proposal", { answer: answerLabel(migration.answers[id]) })}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function IdList({
  title,
  lead,
  ids,
  checklist,
}: {
  title: string;
  lead: string;
  ids: string[];
  checklist: Checklist;
}) {
  const language = useAppStore((state) => state.language);
  if (ids.length === 0) return null;
  const items = allItems(checklist).filter((item) => ids.includes(item.id));
  return (
    <details className="versions-details">
      <summary>{title}</summary>
      <p>{lead}</p>
      <ul className="versions-list">
        {items.map((item) => (
          <li key={item.id}>{item.text[language]}</li>
        ))}
      </ul>
    </details>
  );
}
