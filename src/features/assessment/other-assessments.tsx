import { useEffect, useId } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../../store/app-store";
import { useLibraryStore } from "../../store/library";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

/** A short list is a reminder, not a second library: the rest are a click away. */
const OTHERS_SHOWN = 5;

/**
 * The other stored assessments, most recently changed first, under the start page's own content: it appears
 * once the database has answered, below everything already on screen, so nothing visible moves.
 */
export default function OtherAssessments() {
  const { t } = useTranslation("assessment");
  const { t: tc } = useTranslation("common");
  const assessments = useLibraryStore((state) => state.assessments);
  const load = useLibraryStore((state) => state.load);
  const openId = useAppStore((state) => state.assessment?.id);
  const headingId = useId();
  useEffect(() => {
    void load();
  }, [load]);
  const others = (assessments ?? [])
    .filter((assessment) => assessment.id !== openId)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  if (others.length === 0) return null;
  return (
    <section className="other-assessments" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("start.othersHeading")}</h2>
      <ul>
        {others.slice(0, OTHERS_SHOWN).map(({ id, meta }) => (
          <li key={id}>
            {t("start.othersItem", {
              name: meta.municipality.trim() || t("saved.noMunicipality"),
              year: meta.year,
              role: tc(`role.${meta.respondentRole}`),
            })}
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.library}>{t("start.othersAll", { count: assessments?.length ?? 0 })}</Link>
      </p>
    </section>
  );
}
