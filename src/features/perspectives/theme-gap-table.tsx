import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import type { ThemeGap } from "../../domain/perception-gap";
import { useAppStore } from "../../store/app-store";
import { formatScore } from "../../ui/format";
import { NoValue } from "../../ui/no-value";
import { TableScroll } from "../../ui/table-scroll";
import type { GapLabels } from "./gap-labels";

interface ThemeGapTableProps {
  themes: readonly ThemeGap[];
  basis: Checklist;
  labels: GapLabels;
}

/** Each theme's score by the municipality beside the associations' median and quartiles (0–100). */
export function ThemeGapTable({ themes, basis, labels }: ThemeGapTableProps) {
  const { t } = useTranslation("perspectives");
  const language = useAppStore((state) => state.language);
  const captionId = useId();
  const titles = new Map(basis.themes.map((theme) => [theme.id, theme.title[language]]));
  const score = (value: number | null) =>
    value === null ? <NoValue label={t("gap.noScore")} /> : formatScore(value, language);
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t("gap.themesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("gap.theme")}</th>
            <th scope="col">{t("gap.municipality")}</th>
            <th scope="col">{t("gap.associationsMedian")}</th>
            <th scope="col">{t("gap.quartiles")}</th>
            <th scope="col">{t("gap.n")}</th>
            <th scope="col">{t("gap.difference")}</th>
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => (
            <tr key={theme.themeId}>
              <th scope="row">{titles.get(theme.themeId) ?? theme.themeId}</th>
              <td>{score(theme.own)}</td>
              <td>{score(theme.others?.median ?? null)}</td>
              <td>
                {theme.others ? (
                  t("gap.range", {
                    low: formatScore(theme.others.q1, language),
                    high: formatScore(theme.others.q3, language),
                  })
                ) : (
                  <NoValue label={t("gap.noScore")} />
                )}
              </td>
              <td>{theme.others?.n ?? 0}</td>
              <td>
                {theme.gap === null ? (
                  <NoValue label={t("gap.noDifference")} />
                ) : (
                  t("gap.points", { value: labels.gap(Math.round(theme.gap)) })
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
