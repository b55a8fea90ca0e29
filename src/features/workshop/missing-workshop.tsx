import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { WorkshopProblems } from "./workshop-problems";

/** The id in the address names no workshop stored here (deleted, or another browser's link). */
export function MissingWorkshop() {
  const { t } = useTranslation("workshop");
  return (
    <Page title={t("view.missingTitle")}>
      <WorkshopProblems />
      <p>{t("view.missingBody")}</p>
      <Link to={paths.workshops}>{t("view.back")}</Link>
    </Page>
  );
}
