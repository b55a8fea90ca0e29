import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { AssessmentMeta } from "../../domain/assessment";
import { PARTICIPANTS_MAX, REPORT_SUMMARY_MAX } from "../../domain/limits";
import { useAppStore } from "../../store/app-store";

type DetailKey = "participants" | "reportSummary";

const LIMITS: Record<DetailKey, number> = {
  participants: PARTICIPANTS_MAX,
  reportSummary: REPORT_SUMMARY_MAX,
};

/** A text the user writes for the report, saved with the assessment as it is typed, like every other field. */
function DetailField({ field, meta, rows }: { field: DetailKey; meta: AssessmentMeta; rows: number }) {
  const { t } = useTranslation("report");
  const updateMeta = useAppStore((state) => state.updateMeta);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t(`page.details.${field}`)}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t(`page.details.${field}Hint`, { max: LIMITS[field] })}
      </p>
      <textarea
        id={id}
        rows={rows}
        className="text-area"
        maxLength={LIMITS[field]}
        aria-describedby={`${id}-hint`}
        value={meta[field] ?? ""}
        onChange={(event) => updateMeta({ [field]: event.currentTarget.value })}
      />
    </div>
  );
}

/** Who took part and a summary for the board: both optional, both printed in every form of the report. */
export function ReportDetails({ meta }: { meta: AssessmentMeta }) {
  const { t } = useTranslation("report");
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="report-details">
      <h2 id={headingId}>{t("page.details.heading")}</h2>
      <p>{t("page.details.lead")}</p>
      <DetailField field="participants" meta={meta} rows={2} />
      <DetailField field="reportSummary" meta={meta} rows={6} />
    </section>
  );
}
