import "./i18n";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page";
import { AddFiles } from "./add-files";
import { WorkshopLinks } from "./workshop-links";

const ignore = () => {};

/**
 * A workshop's page while its members are read: the build prerenders it (src/app/page-shell-paths.ts), and
 * the page shows it until the workshop is in. The file inputs wait, disabled, for the workshop.
 */
export function WorkshopShell({ workshopId }: { workshopId?: string }) {
  const { t } = useTranslation("workshop");
  return (
    <Page title={t("view.loading")} eyebrow={t("view.eyebrowLoading")}>
      <WorkshopLinks workshopId={workshopId} />
      <AddFiles onFiles={ignore} isBusy />
    </Page>
  );
}
