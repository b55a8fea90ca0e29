import "./i18n";
import "./projector.css";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Workshop } from "../../domain/workshop";
import { useChecklistRegistry } from "../../store/checklists";
import { useWorkshopStore } from "../../store/workshops";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { buildDeck } from "./deck";
import { Presenter } from "./presenter";

/** The workshop once the database has answered: undefined while it is asked, null when there is none. */
function useOpenedWorkshop(workshopId: string): Workshop | null | undefined {
  const openWorkshop = useWorkshopStore((state) => state.openWorkshop);
  const workshop = useWorkshopStore((state) => state.workshop);
  const [isOpening, setIsOpening] = useState(true);
  useEffect(() => {
    let isCurrent = true;
    void openWorkshop(workshopId).finally(() => {
      if (isCurrent) setIsOpening(false);
    });
    return () => {
      isCurrent = false;
    };
  }, [openWorkshop, workshopId]);
  if (isOpening) return undefined;
  return workshop?.id === workshopId ? workshop : null;
}

export default function ProjectorPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation("projector");
  const registry = useChecklistRegistry();
  const workshop = useOpenedWorkshop(workshopId);
  const deck = useMemo(
    () =>
      workshop && registry
        ? buildDeck(
            workshop.members.map((member) => member.assessment),
            registry.checklists,
          )
        : null,
    [workshop, registry],
  );
  if (workshop === undefined) {
    return (
      <p role="status" className="loading">
        {t("page.loading")}
      </p>
    );
  }
  if (workshop === null) {
    return (
      <Page title={t("page.notFound")}>
        <Link to={paths.workshops}>{t("page.backToList")}</Link>
      </Page>
    );
  }
  const title = t("page.title", { name: workshop.name });
  // No deck: no members yet, or none answers a checklist this version ships.
  if (deck) return <Presenter deck={deck} workshopId={workshopId} title={title} />;
  return (
    <Page title={title}>
      <p>{t(workshop.members.length === 0 ? "page.empty" : "page.noChecklist")}</p>
      <Link to={paths.workshop(workshopId)}>{t("controls.exit")}</Link>
    </Page>
  );
}
