import "./i18n";
import { useDeferredValue } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page";
import { ImportSection } from "./import-section";
import { MissingWorkshop } from "./missing-workshop";
import { RegionalView } from "./regional-view";
import { useOpenWorkshop } from "./use-open-workshop";
import { WorkshopLinks } from "./workshop-links";
import { WorkshopProblems } from "./workshop-problems";
import { WorkshopShell } from "./workshop-shell";
import "./workshop.css";

/** One workshop: add files, then the regional view of its members. */
export default function WorkshopPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation("workshop");
  const { workshop, isMissing } = useOpenWorkshop(workshopId);
  // The page follows in a render React may interrupt (the loading view stays until it is drawn), so opening
  // a workshop of many members never holds the page in one long task; later, the members' view lags the rest.
  const shownWorkshop = useDeferredValue(workshop, null);
  if (isMissing) return <MissingWorkshop />;
  if (!workshop || !shownWorkshop) return <WorkshopShell workshopId={workshopId} />;
  return (
    <Page title={workshop.name} eyebrow={t("view.eyebrow", { count: workshop.members.length })}>
      <WorkshopProblems />
      <WorkshopLinks workshopId={workshop.id} />
      <ImportSection workshop={workshop} />
      <RegionalView workshop={shownWorkshop} />
    </Page>
  );
}
