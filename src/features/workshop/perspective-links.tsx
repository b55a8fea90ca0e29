import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import { assessedMunicipalityName } from "../../domain/municipalities";
import { municipalityKey } from "../../domain/workshop";
import { useAppStore } from "../../store/app-store";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

/** Municipalities answered from more than one role, each linked to its perception-gap view. */
export function PerspectiveLinks({
  workshopId,
  members,
}: {
  workshopId: string;
  members: readonly Assessment[];
}) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  const byKey = new Map<string, { name: string; roles: Set<string> }>();
  for (const member of members) {
    const key = municipalityKey(member.meta);
    const entry = byKey.get(key) ?? {
      name: assessedMunicipalityName(member.meta, language),
      roles: new Set(),
    };
    entry.roles.add(member.meta.respondentRole);
    byKey.set(key, entry);
  }
  const several = [...byKey].filter(([, entry]) => entry.roles.size > 1);
  if (several.length === 0) return <p>{t("perspectives.none")}</p>;
  return (
    <ul className="perspective-links">
      {several.map(([key, { name }]) => (
        <li key={key}>
          <Link to={paths.workshopPerspectives(workshopId, key)}>{t("perspectives.link", { name })}</Link>
        </li>
      ))}
    </ul>
  );
}
