import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { type MemberRow, positionOf, type ThemeDistribution } from "../../domain/regional";
import { MATURITY_BANDS } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { formatScore } from "../../ui/format";
import { NoValue } from "../../ui/no-value";
import { TableScroll } from "../../ui/table-scroll";
import { QuartileCells } from "./quartile-cells";

interface ThemeDistributionTableProps {
  basis: Checklist;
  distributions: readonly ThemeDistribution[];
  highlight: MemberRow | null;
  highlightName: string | null;
}

/** Per theme: how many members in each band, the regional quartiles, and where the highlighted one sits. */
export function ThemeDistributionTable({
  basis,
  distributions,
  highlight,
  highlightName,
}: ThemeDistributionTableProps) {
  const { t } = useTranslation("workshop");
  const { t: tc } = useTranslation("common");
  const language = useAppStore((state) => state.language);
  const captionId = useId();
  const titles = new Map(basis.themes.map((theme) => [theme.id, theme.title[language]]));
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table distribution-table">
        <caption id={captionId}>{t("themes.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("themes.theme")}</th>
            {MATURITY_BANDS.map((band) => (
              <th key={band} scope="col">
                {tc(`band.${band}`)}
              </th>
            ))}
            <th scope="col">{t("themes.unscored")}</th>
            <th scope="col">{t("distribution.n")}</th>
            <th scope="col">{t("distribution.q1")}</th>
            <th scope="col">{t("distribution.median")}</th>
            <th scope="col">{t("distribution.q3")}</th>
            {highlightName !== null && (
              <th scope="col">{t("distribution.highlight", { name: highlightName })}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {distributions.map((distribution) => {
            const own = highlight?.score.themes.find(
              (theme) => theme.themeId === distribution.themeId,
            )?.score;
            const { quartiles } = distribution;
            return (
              <tr key={distribution.themeId}>
                <th scope="row">{titles.get(distribution.themeId) ?? distribution.themeId}</th>
                {MATURITY_BANDS.map((band) => (
                  <td key={band} className="number">
                    {distribution.bands[band]}
                  </td>
                ))}
                <td className="number">{distribution.unscored}</td>
                <td className="number">{distribution.n}</td>
                <QuartileCells
                  quartiles={quartiles}
                  format={formatScore}
                  language={language}
                  noneLabel={t("distribution.tooFewScores")}
                />
                {highlightName !== null && (
                  <td>
                    {own === undefined || own === null ? (
                      <NoValue label={tc("score.none")} />
                    ) : quartiles ? (
                      t("distribution.scoreAt", {
                        score: formatScore(own, language),
                        position: t(`position.${positionOf(own, quartiles)}`),
                      })
                    ) : (
                      formatScore(own, language)
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
