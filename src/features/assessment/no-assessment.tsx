import { useTranslation } from "react-i18next";
import { Alert } from "../../ui/alert";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { startNewAssessment } from "./start-assessment";

/** Shown where an assessment is needed but none is saved, e.g. after following a bookmark. */
export function NoAssessment() {
  const { t } = useTranslation("assessment");
  return (
    <Alert tone="info" title={t("noAssessment.title")}>
      <p>{t("noAssessment.body")}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={startNewAssessment}>
          {t("noAssessment.start")}
        </button>
        <Link to={paths.start} className="button button-secondary">
          {t("noAssessment.import")}
        </Link>
      </div>
    </Alert>
  );
}
