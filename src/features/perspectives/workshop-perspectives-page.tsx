import "./i18n";
import "./perspectives.css";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import { municipalityKey, type Workshop } from "../../domain/workshop";
import { useWorkshopStore } from "../../store/workshops";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { GapView } from "./gap-view";

interface Roles {
  /** The municipality's own assessment: the newest year's, the latest saved when there are several. */
  own: Assessment | undefined;
  /** The associations' answers for the same year. */
  others: Assessment[];
  name: string | undefined;
}

function rolesOf(workshop: Workshop, key: string): Roles {
  const members = workshop.members
    .map((member) => member.assessment)
    .filter((assessment) => municipalityKey(assessment.meta) === key);
  const [own] = members
    .filter((assessment) => assessment.meta.respondentRole === "municipality")
    .sort((a, b) => b.meta.year - a.meta.year || b.updatedAt.localeCompare(a.updatedAt));
  const others = members.filter(
    (assessment) =>
      assessment.meta.respondentRole === "association" && (!own || assessment.meta.year === own.meta.year),
  );
  return { own, others, name: (own ?? members[0])?.meta.municipality };
}

/** One municipality of a workshop: its own assessment beside its associations' answers. */
export default function WorkshopPerspectivesPage({
  workshopId,
  municipalityKey: key,
}: {
  workshopId: string;
  municipalityKey: string;
}) {
  const { t } = useTranslation("perspectives");
  const [workshop, setWorkshop] = useState<Workshop | null | undefined>(undefined);
  useEffect(() => {
    void useWorkshopStore.getState().openWorkshop(workshopId).then(setWorkshop);
  }, [workshopId]);
  const roles = useMemo(() => (workshop ? rolesOf(workshop, key) : null), [workshop, key]);
  const title = roles?.name ? t("workshop.title", { municipality: roles.name }) : t("workshop.titleUnknown");
  return (
    <Page title={title}>
      {workshop === undefined ? (
        <p className="loading" aria-busy="true" />
      ) : workshop === null || roles === null ? (
        <p>{t("workshop.notFound")}</p>
      ) : (
        <>
          <p className="lead">{t("workshop.lead", { workshop: workshop.name })}</p>
          {roles.own ? <GapView own={roles.own} others={roles.others} /> : <p>{t("workshop.noOwn")}</p>}
        </>
      )}
      <p>
        <Link to={paths.workshop(workshopId)}>{t("workshop.back")}</Link>
      </p>
    </Page>
  );
}
