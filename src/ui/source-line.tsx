import { useTranslation } from "react-i18next";
import type { Checklist, Source } from "../domain/checklist";
import { useAppStore } from "../store/app-store";

/** A source by title and publisher, in the user's language; by its title alone when it names no publisher. */
export function useSourceName(): (source: Source) => string {
  const { t } = useTranslation();
  const language = useAppStore((state) => state.language);
  return (source) => {
    const title = source.title[language];
    return source.publisher
      ? t("practice.sourceName", { title, publisher: source.publisher[language] })
      : title;
  };
}

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
  const sourceName = useSourceName();
  const source = checklist.sources.find((candidate) => candidate.seed === seed);
  if (!source) return null;
  const name = sourceName(source);
  return <p className="source-line">{isBare ? name : t("practice.source", { name })}</p>;
}
