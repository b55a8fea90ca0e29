import "./i18n";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Assessment, answerFor } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { itemNumbers } from "../../domain/item-numbers";
import { assessedMunicipalityName } from "../../domain/municipalities";
import { scoreAssessment } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { CheckboxField } from "../../ui/checkbox-field";
import { LevelCell, useCellLabel } from "../../ui/level-cell";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { useScoreText } from "../../ui/score-text";
import { TableScroll } from "../../ui/table-scroll";
import { MissingWorkshop } from "./missing-workshop";
import { useOpenWorkshop } from "./use-open-workshop";
import "./workshop.css";

function ThemeScores({ checklist, assessment }: { checklist: Checklist; assessment: Assessment }) {
  const { t } = useTranslation("workshop");
  const { t: tc } = useTranslation("common");
  const language = useAppStore((state) => state.language);
  const scoreText = useScoreText();
  const captionId = useId();
  const score = useMemo(() => scoreAssessment(checklist, assessment.answers), [checklist, assessment]);
  const rows = [
    ...score.themes.map((theme) => ({
      id: theme.themeId,
      title: checklist.themes.find((entry) => entry.id === theme.themeId)?.title[language] ?? theme.themeId,
      summary: theme,
    })),
    { id: "overall", title: t("member.overall"), summary: score.overall },
  ];
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t("member.scoresCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("themes.theme")}</th>
            <th scope="col">{t("member.score")}</th>
            <th scope="col">{t("table.coverage")}</th>
            <th scope="col">{t("table.band")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, title, summary }) => (
            <tr key={id}>
              <th scope="row">{title}</th>
              <td>{scoreText.summary(summary)}</td>
              <td>{scoreText.coverage(summary)}</td>
              <td>{summary.band === null ? scoreText.none : tc(`band.${summary.band}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Answers({ checklist, assessment }: { checklist: Checklist; assessment: Assessment }) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  const cellLabel = useCellLabel();
  const [isWithNotes, setIsWithNotes] = useState(false);
  const numbers = useMemo(() => itemNumbers(checklist.themes), [checklist]);
  return (
    <>
      <CheckboxField label={t("member.showNotes")} checked={isWithNotes} onChange={setIsWithNotes} />
      {checklist.themes.map((theme) => (
        <TableScroll key={theme.id} captionId={`answers-${theme.id}`}>
          <table className="data-table member-answers">
            <caption id={`answers-${theme.id}`}>{theme.title[language]}</caption>
            <thead>
              <tr>
                <th scope="col">{t("items.item")}</th>
                <th scope="col">{t("member.answer")}</th>
                {isWithNotes && <th scope="col">{t("member.note")}</th>}
              </tr>
            </thead>
            <tbody>
              {theme.items.map((item) => {
                const answer = answerFor(assessment.answers, item.id);
                const cell = answer ?? { kind: "unanswered" as const };
                return (
                  <tr key={item.id}>
                    <th scope="row">
                      {t("items.itemName", { number: numbers.get(item.id) ?? "", text: item.text[language] })}
                    </th>
                    <td>
                      <div className="level-with-text">
                        <LevelCell cell={cell} label={cellLabel(cell)} />
                        <span aria-hidden="true">{cellLabel(cell)}</span>
                      </div>
                    </td>
                    {isWithNotes && (
                      <td>
                        {answer?.kind === "notApplicable" && (
                          <p>{t("member.reason", { reason: answer.reason })}</p>
                        )}
                        {answer?.note}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ))}
    </>
  );
}

/** One member's full results: scores per theme and every item's answer; notes only when asked. */
export default function MemberPage({ workshopId, memberId }: { workshopId: string; memberId: string }) {
  const { t } = useTranslation("workshop");
  const { t: tc } = useTranslation("common");
  const language = useAppStore((state) => state.language);
  const checklists = useAppStore((state) => state.checklistRegistry?.checklists);
  const { workshop, isMissing } = useOpenWorkshop(workshopId);
  const member = workshop?.members.find((entry) => entry.assessment.id === memberId);
  if (isMissing || (workshop && !member)) return <MissingWorkshop />;
  if (!workshop || !member) {
    return (
      <p role="status" className="loading">
        {t("view.loading")}
      </p>
    );
  }
  const { assessment } = member;
  const { meta } = assessment;
  const checklist = checklists?.find(
    (entry) => entry.id === assessment.checklist.id && entry.version === assessment.checklist.version,
  );
  return (
    <Page title={assessedMunicipalityName(meta, language)} eyebrow={workshop.name}>
      <p>
        {t("member.details", {
          role: tc(`role.${meta.respondentRole}`),
          year: meta.year,
          file: member.fileName,
          version: assessment.checklist.version,
        })}
      </p>
      <p>
        <Link to={paths.workshop(workshop.id)}>{t("member.back", { name: workshop.name })}</Link>
      </p>
      {checklist ? (
        <>
          <h2>{t("member.scoresHeading")}</h2>
          <ThemeScores checklist={checklist} assessment={assessment} />
          <h2>{t("member.answersHeading")}</h2>
          <Answers checklist={checklist} assessment={assessment} />
        </>
      ) : (
        <p>{t("view.noChecklist")}</p>
      )}
    </Page>
  );
}
