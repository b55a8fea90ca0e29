import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../../store/app-store";
import { useAnswerLabel } from "../../ui/answer-label";
import { formatScore } from "../../ui/format";
import { NoValue } from "../../ui/no-value";
import { TableScroll } from "../../ui/table-scroll";
import { type ExampleItemId, workedExample } from "./method-figures";

const ITEM_KEYS = {
  evenings: "method.exampleEvenings",
  calendar: "method.exampleCalendar",
  house: "method.exampleHouse",
} as const satisfies Record<ExampleItemId, string>;

/** The example's table and result come from the real scoring, so the text cannot disagree with the code. */
export function WorkedExampleSection() {
  const { t } = useTranslation("results");
  const language = useAppStore((state) => state.language);
  const answerLabel = useAnswerLabel();
  const captionId = useId();
  const example = workedExample();
  return (
    <>
      <p>{t("method.exampleIntro")}</p>
      <TableScroll captionId={captionId}>
        <table className="data-table results-table method-table">
          <caption id={captionId}>{t("method.exampleCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("method.exampleItem")}</th>
              <th scope="col">{t("method.answer")}</th>
              <th scope="col" className="numeric">
                {t("method.weight")}
              </th>
              <th scope="col" className="numeric">
                {t("method.points")}
              </th>
            </tr>
          </thead>
          <tbody>
            {example.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{t(ITEM_KEYS[row.id])}</th>
                <td>{answerLabel(row.answer)}</td>
                <td className="numeric">{row.weight}</td>
                <td className="numeric">
                  {row.points === null ? (
                    <NoValue label={t("breakdown.noScore")} />
                  ) : (
                    formatScore(row.points, language)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="worked-example-result">
        {t("method.exampleResult", { formula: example.formula, score: formatScore(example.score, language) })}
      </p>
      <p>{t("method.exampleExplanation")}</p>
    </>
  );
}
