import "./adaptation-note-i18n";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { type PartialLocalizedText, partialText } from "../domain/adaptation";
import { adaptationSummary } from "../domain/adapted-checklist";
import type { Checklist } from "../domain/checklist";
import type { Language } from "../domain/localized";
import { findChecklist } from "../domain/registry-lookup";
import { useAppStore } from "../store/app-store";
import { useChecklistRegistry } from "../store/checklists";

/** A reason in the user's language, or in the language its author wrote it in, marked as such. */
function Reason({ why, language }: { why: PartialLocalizedText; language: Language }) {
  const shown = partialText(why, language);
  return <span lang={shown.language === language ? undefined : shown.language}>{shown.text}</span>;
}

/**
 * Beside results and comparisons of an assessment made with an adapted checklist: what it is based on, which
 * base items it hides and why, and which of its own items are never compared with others.
 */
export function AdaptationNote({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation("adaptationNote");
  const language = useAppStore((state) => state.language);
  const registry = useChecklistRegistry();
  const headingId = useId();
  const basedOn = checklist.adaptation?.basedOn;
  const base = basedOn ? findChecklist(registry, basedOn.id, basedOn.version) : null;
  if (!base) return null;
  const summary = adaptationSummary(checklist, base);
  return (
    <section className="panel adaptation-note" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("title")}</h2>
      <p>
        {t("lead", {
          title: checklist.title[language],
          base: base.title[language],
          version: base.version,
        })}
      </p>
      {summary.hidden.length > 0 && (
        <>
          <h3>{t("hidden", { count: summary.hidden.length })}</h3>
          <ul>
            {summary.hidden.map(({ item, why }) => (
              <li key={item.id}>
                {item.text[language]} – {t("why", { why: "" })}
                <Reason why={why} language={language} />
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.local.length > 0 && (
        <>
          <h3>{t("local", { count: summary.local.length })}</h3>
          <ul>
            {summary.local.map((item) => (
              <li key={item.id} lang={item.untranslated?.text?.includes(language) ? item.shownIn : undefined}>
                {item.text[language]}
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.reweighted.length > 0 && (
        <>
          <h3>{t("reweighted", { count: summary.reweighted.length })}</h3>
          <ul>
            {summary.reweighted.map(({ item, before, after }) => (
              <li key={item.id}>{t("weight", { item: item.text[language], before, after })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
