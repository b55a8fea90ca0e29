import "./i18n";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import {
  type History,
  type HistoryYear,
  previousYear,
  shownScoreChange,
  trendOf,
  yearChange,
} from "../../domain/history";
import { useAppStore } from "../../store/app-store";
import { useHistory } from "../../store/history";
import { formatDifference, formatScore } from "../../ui/format";
import { NoAssessmentNote } from "../../ui/no-assessment-note";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import "./history.css";
import { ItemChanges } from "./item-changes";
import { TrendSection } from "./trend-section";
import { type YearPair, YearPicker } from "./year-picker";

/** "Koski Tl, Kunta" as the page names the series. */
function useSeriesName(assessment: Assessment) {
  const { t } = useTranslation("common");
  return {
    municipality: assessment.meta.municipality.trim(),
    role: t(`role.${assessment.meta.respondentRole}`),
  };
}

/** By default the open assessment's year and the one before it (or after it, when it is the oldest). */
function defaultPair(years: readonly HistoryYear[], openYear: number): YearPair {
  const before = previousYear(years, openYear);
  if (before) return { from: before.year, to: openYear };
  return { from: openYear, to: years.find((entry) => entry.year > openYear)?.year ?? openYear };
}

function OverallChange({ from, to }: { from: HistoryYear; to: HistoryYear }) {
  const { t } = useTranslation("history");
  const language = useAppStore((state) => state.language);
  const difference = shownScoreChange(from.score.overall, to.score.overall);
  if (difference === null || from.score.overall.score === null || to.score.overall.score === null) {
    return <p>{t("change.overallNone")}</p>;
  }
  return (
    <p className="history-overall">
      {t("change.overall", {
        fromScore: formatScore(from.score.overall.score, language),
        toScore: formatScore(to.score.overall.score, language),
        difference: formatDifference(difference, language),
      })}
    </p>
  );
}

function YearComparison({ history, openYear }: { history: History; openYear: number }) {
  const { t } = useTranslation("history");
  const headingId = useId();
  const [pair, setPair] = useState(() => defaultPair(history.years, openYear));
  const from = history.years.find((entry) => entry.year === pair.from);
  const to = history.years.find((entry) => entry.year === pair.to);
  const years = history.years.map((entry) => entry.year);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t("change.heading", { from: pair.from, to: pair.to })}</h2>
      <YearPicker years={years} value={pair} onChange={setPair} />
      {/* Announced when the choice changes, so a keyboard user hears the result of the selects. */}
      <div aria-live="polite">
        {!from || !to || from === to ? (
          <p className="field-error">{t("years.same", { year: pair.from })}</p>
        ) : (
          <>
            <OverallChange from={from} to={to} />
            <ItemChanges
              change={yearChange(from, to)}
              checklists={[from, to].sort((a, b) => a.year - b.year).map((entry) => entry.checklist)}
            />
          </>
        )}
      </div>
    </section>
  );
}

function HistoryContent({ assessment, history }: { assessment: Assessment; history: History }) {
  const { t } = useTranslation("history");
  const series = useSeriesName(assessment);
  const language = useAppStore((state) => state.language);
  const list = (years: readonly number[]) => new Intl.ListFormat(language).format(years.map(String));
  const unshown = history.withoutChecklist.map((entry) => entry.meta.year);
  return (
    <>
      {unshown.length > 0 && (
        <p className="history-note">
          {t("page.withoutChecklist", { count: unshown.length, years: list(unshown) })}
        </p>
      )}
      {history.years.length < 2 ? (
        <p>{t("page.oneYear", { year: assessment.meta.year, ...series })}</p>
      ) : (
        <>
          <p className="lead">
            {t("page.lead", { ...series, years: list(history.years.map((entry) => entry.year)) })}
          </p>
          <TrendSection trend={trendOf(history.years)} />
          <YearComparison history={history} openYear={assessment.meta.year} />
        </>
      )}
    </>
  );
}

/** The open assessment's municipality and role across years: the scores by year and what changed. */
export default function HistoryPage() {
  const { t } = useTranslation("history");
  const assessment = useAppStore((state) => state.assessment);
  const history = useHistory();
  let content: ReactNode;
  if (assessment === null) {
    content = (
      <NoAssessmentNote title={t("page.emptyTitle")} body={t("page.empty")} startLabel={t("page.start")} />
    );
  } else if (assessment.meta.municipality.trim() === "" && assessment.meta.municipalityCode === undefined) {
    content = (
      <>
        <p>{t("page.noMunicipality")}</p>
        <p>
          <Link to={paths.details}>{t("page.details")}</Link>
        </p>
      </>
    );
  } else if (history === null) {
    content = <p role="status">{t("page.loading")}</p>;
  } else {
    content = <HistoryContent assessment={assessment} history={history} />;
  }
  return <Page title={t("page.title")}>{content}</Page>;
}
