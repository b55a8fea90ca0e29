import "./i18n";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { ImportSection } from "./import-section";
import { MissingWorkshop } from "./missing-workshop";
import { RegionalView } from "./regional-view";
import { useOpenWorkshop } from "./use-open-workshop";
import { WorkshopProblems } from "./workshop-problems";
import "./workshop.css";

/** One workshop: add files, then the regional view of its members. */
export default function WorkshopPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation("workshop");
  const { workshop, isMissing } = useOpenWorkshop(workshopId);
  if (isMissing) return <MissingWorkshop />;
  if (!workshop) {
    return (
      <p role="status" className="loading">
        {t("view.loading")}
      </p>
    );
  }
  return (
    <Page title={workshop.name} eyebrow={t("view.eyebrow", { count: workshop.members.length })}>
      <WorkshopProblems />
      <ul className="workshop-links">
        <li>
          <Link to={paths.workshops}>{t("view.back")}</Link>
        </li>
        <li>
          <Link to={paths.workshopPresent(workshop.id)}>{t("view.present")}</Link>
        </li>
        <li>
          <Link to={paths.workshopReport(workshop.id)}>{t("view.report")}</Link>
        </li>
      </ul>
      <ImportSection workshop={workshop} />
      <RegionalView workshop={workshop} />
    </Page>
  );
}
