import { useId } from "react";
import { useTranslation } from "react-i18next";
import { type Answer, answerFor, type Level } from "../../domain/assessment";
import type { Item, Theme } from "../../domain/checklist";
import { targetFor } from "../../domain/plan";
import type { ItemScore, ThemeScore } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { useAnswerLabel } from "../../ui/answer-label";
import { NoValue } from "../../ui/no-value";
import { useScoreText } from "../../ui/score-text";
import { TableScroll } from "../../ui/table-scroll";

interface ItemRowProps {
  item: Item;
  itemScore: ItemScore | undefined;
  answer: Answer | undefined;
  target: Level | undefined;
}

function ItemRow({ item, itemScore, answer, target }: ItemRowProps) {
  const { t } = useTranslation("results");
  const language = useAppStore((state) => state.language);
  const answerLabel = useAnswerLabel();
  const scoreText = useScoreText();
  const score = itemScore?.score ?? null;
  return (
    <tr>
      <th scope="row">{item.text[language]}</th>
      <td>
        {answerLabel(answer)}
        {target !== undefined && (
          <span className="item-target">
            {t("breakdown.target", { level: answerLabel({ kind: "level", level: target }) })}
          </span>
        )}
      </td>
      <td className="numeric">{item.weight}</td>
      <td className="numeric">
        {score === null ? <NoValue label={t("breakdown.noScore")} /> : scoreText.outOf(score * 100)}
      </td>
      <td className="item-notes">
        {answer?.kind === "notApplicable" && <p>{t("breakdown.reason", { reason: answer.reason })}</p>}
        {answer?.note && <p>{answer.note}</p>}
      </td>
    </tr>
  );
}

interface ThemeBreakdownProps {
  theme: Theme;
  themeScore: ThemeScore;
  answers: Readonly<Record<string, Answer>>;
  targets: Readonly<Record<string, Level>>;
}

/** Every item of one theme in checklist order, folded by default to keep the page short. */
export function ThemeBreakdown({ theme, themeScore, answers, targets }: ThemeBreakdownProps) {
  const { t } = useTranslation("results");
  const language = useAppStore((state) => state.language);
  const headingId = useId();
  const captionId = useId();
  const title = theme.title[language];
  const scores = new Map(themeScore.items.map((itemScore) => [itemScore.itemId, itemScore]));
  return (
    <section aria-labelledby={headingId} className="theme-breakdown">
      <h2 id={headingId}>{t("breakdown.heading", { theme: title })}</h2>
      <details>
        <summary>{t("breakdown.show", { count: theme.items.length })}</summary>
        <TableScroll captionId={captionId}>
          <table className="data-table results-table breakdown-table">
            <caption id={captionId}>{t("breakdown.caption", { theme: title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("breakdown.item")}</th>
                <th scope="col">{t("breakdown.answer")}</th>
                <th scope="col" className="numeric">
                  {t("breakdown.weight")}
                </th>
                <th scope="col" className="numeric">
                  {t("breakdown.score")}
                </th>
                <th scope="col">{t("breakdown.note")}</th>
              </tr>
            </thead>
            <tbody>
              {theme.items.map((item) => (
                <ItemRow
                  key={item.id}
                  item={item}
                  itemScore={scores.get(item.id)}
                  answer={answerFor(answers, item.id)}
                  target={targetFor(targets, item.id)}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
