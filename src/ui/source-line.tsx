import { useTranslation } from "react-i18next";
import type { Checklist } from "../domain/checklist";
import { useAppStore } from "../store/app-store";

/**
 * Names a seed by the checklist's record of it (title and publisher). Seed file names are an authoring
 * detail and are never shown; a seed the checklist does not list shows nothing rather than its file name.
 */
interface SourceLineProps {
  checklist: Checklist;
  seed: string;
  /** Without the "Source:" label, for a list that already has one. */
  isBare?: boolean;
}

export function SourceLine({ checklist, seed, isBare = false }: SourceLineProps) {
  const { t } = useTranslation();
  const language = useAppStore((state) => state.language);
  const source = checklist.sources.find((candidate) => candidate.seed === seed);
  if (!source) return null;
  return (
    <p className="source-line">
      {t(isBare ? "practice.sourceName" : "practice.source", {
        title: source.title[language],
        publisher: source.publisher[language],
      })}
    </p>
  );
}
