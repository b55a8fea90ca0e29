import { useTranslation } from "react-i18next";
import type { AssessmentMeta } from "../../domain/assessment";
import { useAppStore } from "../../store/app-store";
import { formatDate } from "../../ui/format";

/**
 * Who assessed and when, so a printed or shared screen still says whose results these are. Without `meta`
 * (the loading view) the labels stand with empty values that keep their line, so nothing moves when they fill.
 */
export function AssessmentHeader({ meta }: { meta?: AssessmentMeta }) {
  const { t } = useTranslation("results");
  const { t: tCommon } = useTranslation("common");
  const language = useAppStore((state) => state.language);
  const municipality = meta?.municipality.trim();
  return (
    <dl className="results-meta">
      <div>
        <dt>{t("meta.municipality")}</dt>
        <dd>{municipality === "" ? t("meta.noMunicipality") : municipality}</dd>
      </div>
      <div>
        <dt>{t("meta.year")}</dt>
        <dd>{meta?.year}</dd>
      </div>
      <div>
        <dt>{t("meta.role")}</dt>
        <dd>{meta && tCommon(`role.${meta.respondentRole}`)}</dd>
      </div>
      <div>
        <dt>{t("meta.date")}</dt>
        <dd>{meta && formatDate(meta.date, language)}</dd>
      </div>
    </dl>
  );
}
