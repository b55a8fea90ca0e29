import { useTranslation } from "react-i18next";
import type { Theme } from "../../domain/checklist";
import { MIN_GROUP_SIZE } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { formatScore } from "../../ui/format";
import { NoValue } from "../../ui/no-value";
import type { Deck } from "./deck";
import { ScoreStats } from "./score-stats";
import { Withheld } from "./withheld";

/** How many took part, the overall spread and each theme's median, before the themes one by one. */
export function OverviewSlide({ deck }: { deck: Deck }) {
  const { t } = useTranslation("projector");
  const language = useAppStore((state) => state.language);
  const score = (value: number) => formatScore(value, language);
  const themeById = new Map<string, Theme>(deck.alignment.basis.themes.map((theme) => [theme.id, theme]));
  const { notComparable, versions } = deck.alignment;
  return (
    <>
      <p className="projector-lead">{t("overview.members", { count: deck.memberCount })}</p>
      <h3>{t("overview.overall")}</h3>
      {deck.overall ? <ScoreStats quartiles={deck.overall} /> : <Withheld />}
      <table>
        <caption>{t("overview.themesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("overview.theme")}</th>
            <th scope="col">{t("stats.n")}</th>
            <th scope="col">{t("stats.median")}</th>
            <th scope="col">{t("stats.quartiles")}</th>
          </tr>
        </thead>
        <tbody>
          {deck.themes.map(({ themeId, n, quartiles }) => (
            <tr key={themeId}>
              <th scope="row">{themeById.get(themeId)?.title[language]}</th>
              <td>{n}</td>
              {quartiles ? (
                <>
                  <td>{score(quartiles.median)}</td>
                  <td>{t("stats.between", { from: score(quartiles.q1), to: score(quartiles.q3) })}</td>
                </>
              ) : (
                <td colSpan={2}>
                  <NoValue label={t("withheld", { min: MIN_GROUP_SIZE })} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length > 1 && <p>{t("overview.versions", { versions: versions.join(", ") })}</p>}
      {notComparable.length > 0 && <p>{t("overview.notComparable", { count: notComparable.length })}</p>}
    </>
  );
}
