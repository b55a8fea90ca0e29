import { TitledSection } from "../../ui/titled-section";
import "./i18n";
import { useTranslation } from "react-i18next";
import { LEVELS } from "../../domain/assessment";
import { bandRanges, levelPoints, PROVISIONAL_COVERAGE } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { useAnswerLabel } from "../../ui/answer-label";
import { formatPercent, formatScore } from "../../ui/format";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import "./results.css";
import { overallExample, roundingExample } from "./method-figures";
import { WorkedExampleSection } from "./worked-example-section";

function LevelsTable() {
  const { t } = useTranslation("results");
  const language = useAppStore((state) => state.language);
  const answerLabel = useAnswerLabel();
  return (
    <table className="data-table results-table method-table method-table-narrow">
      <caption>{t("method.levelsCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("method.answer")}</th>
          <th scope="col" className="numeric">
            {t("method.points")}
          </th>
        </tr>
      </thead>
      <tbody>
        {LEVELS.map((level) => (
          <tr key={level}>
            <th scope="row">{answerLabel({ kind: "level", level })}</th>
            <td className="numeric">{formatScore(levelPoints(level), language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BandsTable() {
  const { t } = useTranslation("results");
  const { t: tCommon } = useTranslation("common");
  return (
    <table className="data-table results-table method-table method-table-narrow">
      <caption>{t("method.bandsCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("method.band")}</th>
          <th scope="col" className="numeric">
            {t("method.points")}
          </th>
        </tr>
      </thead>
      <tbody>
        {bandRanges().map(({ band, from, to }) => (
          <tr key={band}>
            <th scope="row">{tCommon(`band.${band}`)}</th>
            <td className="numeric">{t("method.range", { from, to })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Plain-language method, short enough to read in two minutes; every number comes from the domain code. */
export default function MethodPage() {
  const { t } = useTranslation("results");
  const { t: tCommon } = useTranslation("common");
  const language = useAppStore((state) => state.language);
  const overall = overallExample();
  const rounding = roundingExample();
  const oneDecimal = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <Page title={t("method.title")}>
      <p className="lead">{t("method.intro")}</p>
      <TitledSection className="method-section" title={t("method.levelsHeading")}>
        <p>{t("method.levelsBody")}</p>
        <LevelsTable />
      </TitledSection>
      <TitledSection className="method-section" title={t("method.weightsHeading")}>
        <p>{t("method.weightsBody")}</p>
      </TitledSection>
      <TitledSection className="method-section" title={t("method.themeHeading")}>
        <p>{t("method.themeBody")}</p>
      </TitledSection>
      <TitledSection className="method-section" title={t("method.dontKnowHeading")}>
        <p>{t("method.dontKnowBody")}</p>
      </TitledSection>
      <TitledSection className="method-section" title={t("method.notApplicableHeading")}>
        <p>{t("method.notApplicableBody")}</p>
      </TitledSection>
      <TitledSection className="method-section" title={t("method.overallHeading")}>
        <p>{t("method.overallBody")}</p>
        <p>
          {t("method.leftOutBody", {
            first: formatScore(overall.first, language),
            second: formatScore(overall.second, language),
            score: formatScore(overall.score, language),
          })}
        </p>
        <p>{t("method.coverageBody")}</p>
      </TitledSection>
      <TitledSection className="method-section" title={t("method.provisionalHeading")}>
        <p>{t("method.provisionalBody", { percent: formatPercent(PROVISIONAL_COVERAGE, language) })}</p>
      </TitledSection>
      <TitledSection className="method-section" title={t("method.bandsHeading")}>
        <p>
          {t("method.bandsBody", {
            exact: oneDecimal.format(rounding.exact),
            shown: formatScore(rounding.shown, language),
            band: tCommon(`band.${rounding.band}`),
          })}
        </p>
        <BandsTable />
      </TitledSection>
      <TitledSection className="method-section" title={t("method.exampleHeading")}>
        <WorkedExampleSection />
      </TitledSection>
      <p className="method-back">
        <Link to={paths.results}>{t("method.back")}</Link>
      </p>
    </Page>
  );
}
