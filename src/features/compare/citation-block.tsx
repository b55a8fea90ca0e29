import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import type { Citation } from "../../domain/example";
import { useAppStore } from "../../store/app-store";
import { SourceLine } from "../../ui/source-line";

interface CitationBlockProps {
  citation: Citation;
  checklist: Checklist;
  /** False where the paraphrase is already shown as the reason for "not applicable". */
  showsParaphrase?: boolean;
}

/** What the example does, in the user's language, then the source's own Finnish words and where they are from. */
export function CitationBlock({ citation, checklist, showsParaphrase = true }: CitationBlockProps) {
  const { t } = useTranslation("compare");
  const language = useAppStore((state) => state.language);
  const captionId = useId();
  return (
    <div className="compare-citation">
      {showsParaphrase && (
        <>
          <p className="compare-citation-intro">{t("items.howTheyDoIt")}</p>
          <p>{citation.paraphrase[language]}</p>
        </>
      )}
      {/* The caption names the quote; named explicitly too, as not every screen reader takes it from the caption. */}
      <figure className="compare-quote" aria-labelledby={captionId}>
        <figcaption id={captionId}>{t("items.quote")}</figcaption>
        {/* Quoted as written: always Finnish, marked so screen readers pronounce it as Finnish. */}
        <blockquote lang="fi">
          <p>{citation.quote}</p>
        </blockquote>
        <SourceLine checklist={checklist} seed={citation.seed} />
      </figure>
    </div>
  );
}
