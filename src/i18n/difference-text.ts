import type { Checklist } from "../domain/checklist";
import { type ChecklistDifference, differenceItemText } from "../domain/checklist-diff";
import type { Language } from "../domain/localized";

/** The `versions` namespace's t, so the app and the command line word a difference alike. */
export type VersionsTranslate = (key: string, options?: Record<string, unknown>) => string;

export interface DifferenceWords {
  summary: string;
  /** The texts before and after, and why, where the difference has them. */
  details: string[];
}

interface Between {
  a: Checklist;
  b: Checklist;
  versions: readonly Checklist[];
  language: Language;
}

function themeTitle(id: string, { a, b, language }: Between): string {
  return (
    (b.themes.find((theme) => theme.id === id) ?? a.themes.find((theme) => theme.id === id))?.title[
      language
    ] ?? id
  );
}

export function differenceWords(
  difference: ChecklistDifference,
  between: Between,
  t: VersionsTranslate,
): DifferenceWords {
  const { language } = between;
  const item = (id: string) => {
    const text = differenceItemText(id, between.a, between.b, between.versions);
    return text ? t("diff.item", { text: text[language], id }) : id;
  };
  const items = (ids: readonly string[]) => ids.map(item).join(t("diff.and"));
  switch (difference.kind) {
    case "added":
      return { summary: t("diff.added", { item: item(difference.item) }), details: [] };
    case "removed":
      return {
        summary: t("diff.removed", { item: item(difference.item) }),
        details: difference.why ? [t("diff.why", { why: difference.why[language] })] : [],
      };
    case "reworded":
    case "changedMeaning":
      return {
        summary: t(
          difference.kind === "reworded" && difference.part === "help"
            ? "diff.rewordedHelp"
            : `diff.${difference.kind}`,
          { item: difference.item },
        ),
        details: [
          t("diff.before", { text: difference.before[language] }),
          t("diff.after", { text: difference.after[language] }),
          ...(difference.kind === "changedMeaning" ? [t("diff.why", { why: difference.why[language] })] : []),
        ],
      };
    case "split":
      return {
        summary: t("diff.split", { from: item(difference.from), into: items(difference.into) }),
        details: [],
      };
    case "merged":
      return {
        summary: t("diff.merged", { from: items(difference.from), into: item(difference.into) }),
        details: [],
      };
    case "moved":
      return {
        summary: t("diff.moved", {
          item: item(difference.item),
          fromTheme: themeTitle(difference.fromTheme, between),
          toTheme: themeTitle(difference.toTheme, between),
        }),
        details: [],
      };
    case "reweighted":
      return {
        summary: t("diff.reweighted", {
          item: item(difference.item),
          before: difference.before,
          after: difference.after,
        }),
        details: [],
      };
  }
}
