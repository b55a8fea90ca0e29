import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import type { Citation } from "../../domain/example";
import { useAppStore } from "../../store/app-store";
import { SourceLine } from "../../ui/source-line";

/** What the example does, in the user's language, then the source's own Finnish words and where they are from. */
export function CitationBlock({ citation, checklist }: { citation: Citation; checklist: Checklist }) {
  const { t } = useTranslation("compare");
  const language = useAppStore((state) => state.language);
  return (
    <div className="compare-citation">
      <p className="compare-citation-intro">{t("items.howTheyDoIt")}</p>
      <p>{citation.paraphrase[language]}</p>
      {/* Quoted as written: always Finnish, marked so screen readers pronounce it as Finnish. */}
      <blockquote lang="fi">
        <p>{citation.quote}</p>
      </blockquote>
      <SourceLine checklist={checklist} seed={citation.seed} />
    </div>
  );
}
