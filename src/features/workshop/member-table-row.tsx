import { memo } from "react";
import type { RespondentRole } from "../../domain/assessment";
import type { Language } from "../../domain/localized";
import { assessedMunicipalityName } from "../../domain/municipalities";
import type { MemberRow } from "../../domain/regional";
import type { MaturityBand, ScoreSummary } from "../../domain/scoring";
import { formatPercent, formatScore } from "../../ui/format";
import { NoValue } from "../../ui/no-value";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

/** The row's words, looked up once per table rather than once per row (308 rows). */
export interface RowTexts {
  language: Language;
  noScore: string;
  provisional: string;
  notProvisional: string;
  band: (band: MaturityBand) => string;
  role: (role: RespondentRole) => string;
}

function score(summary: ScoreSummary, texts: RowTexts) {
  return summary.score === null ? (
    <NoValue label={texts.noScore} />
  ) : (
    formatScore(summary.score, texts.language)
  );
}

/** Memoised: re-sorting moves rows without redrawing them. */
export const MemberTableRow = memo(function MemberTableRow({
  workshopId,
  row,
  texts,
}: {
  workshopId: string;
  row: MemberRow;
  texts: RowTexts;
}) {
  const { assessment } = row;
  const { overall, themes } = row.score;
  return (
    <tr>
      <th scope="row">
        <Link to={paths.workshopMember(workshopId, assessment.id)}>
          {assessedMunicipalityName(assessment.meta, texts.language)}
        </Link>
      </th>
      <td className="number">{score(overall, texts)}</td>
      {themes.map((theme) => (
        <td key={theme.themeId} className="number">
          {score(theme, texts)}
        </td>
      ))}
      <td className="number">{formatPercent(overall.coverage, texts.language)}</td>
      <td>{overall.band === null ? <NoValue label={texts.noScore} /> : texts.band(overall.band)}</td>
      <td>{overall.isProvisional ? texts.provisional : texts.notProvisional}</td>
      <td>{texts.role(assessment.meta.respondentRole)}</td>
      <td className="number">{assessment.meta.year}</td>
    </tr>
  );
});
