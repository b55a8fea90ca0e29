import "./assessment.css";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Theme } from "../../domain/checklist";
import { themeProgress } from "../../domain/progress";
import { useAppStore } from "../../store/app-store";
import { useActiveChecklist } from "../../store/checklists";
import { pendingNotes, usePendingReasons } from "../../store/pending-reasons";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { NoAssessment } from "./no-assessment";
import { ProgressMeter } from "./progress-meter";
import { ThemeForm } from "./theme-form";
import { ThemeNav } from "./theme-nav";

const NO_ANSWERS = {};

export function ThemePage({ themeId }: { themeId: string }) {
  // Keyed: the next theme is a new page, with a fresh form and the focus on its own heading.
  return <ThemeView key={themeId} themeId={themeId} />;
}

function ThemeView({ themeId }: { themeId: string }) {
  const { t } = useTranslation("assessment");
  const checklist = useActiveChecklist();
  const language = useAppStore((state) => state.language);
  const hasAssessment = useAppStore((state) => state.assessment !== null);
  if (!checklist) return null;
  const index = checklist.themes.findIndex((theme) => theme.id === themeId);
  const theme = checklist.themes[index];
  if (!theme) return <ThemeNotFound themeId={themeId} />;
  return (
    <Page
      title={theme.title[language]}
      eyebrow={t("theme.eyebrow", { position: index + 1, total: checklist.themes.length })}
    >
      <p className="lead">{theme.description[language]}</p>
      {hasAssessment ? (
        <>
          <ThemeProgress theme={theme} />
          <PendingReasonsNote theme={theme} />
          <ThemeForm theme={theme} language={language} />
        </>
      ) : (
        <NoAssessment />
      )}
      <ThemeNav themes={checklist.themes} index={index} language={language} />
    </Page>
  );
}

/** Subscribes to the answers on its own, so saving an answer re-renders the bar and not the form. */
function ThemeProgress({ theme }: { theme: Theme }) {
  const { t } = useTranslation("assessment");
  const answers = useAppStore((state) => state.assessment?.answers ?? NO_ANSWERS);
  const labelId = useId();
  return (
    <div className="panel theme-progress">
      <p id={labelId} className="progress-label">
        {t("theme.progressLabel")}
      </p>
      <ProgressMeter {...themeProgress(theme, answers)} labelledBy={labelId} />
    </div>
  );
}

/** What is not saved yet on this page, said where the user looks first, and announced as it changes. */
function PendingReasonsNote({ theme }: { theme: Theme }) {
  const { t } = useTranslation("assessment");
  const assessmentId = useAppStore((state) => state.assessment?.id);
  const pending = usePendingReasons((state) => pendingNotes(state, assessmentId));
  const count = theme.items.filter((item) => item.id in pending).length;
  return (
    <p role="status" className={count > 0 ? "pending-reasons" : undefined}>
      {count > 0 && t("theme.pendingReasons", { count })}
    </p>
  );
}

function ThemeNotFound({ themeId }: { themeId: string }) {
  const { t } = useTranslation("assessment");
  return (
    <Page title={t("theme.notFoundTitle")}>
      <p>{t("theme.notFoundBody", { id: themeId })}</p>
      <Link to={paths.details}>{t("theme.notFoundLink")}</Link>
    </Page>
  );
}
