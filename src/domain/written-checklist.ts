import type { Checklist, Item } from "./checklist";
import { LANGUAGES } from "./localized";

/** The file as its author wrote it: a local item's missing translations are left out, not the texts shown for them. */
export function toChecklistFile(checklist: Checklist): unknown {
  return {
    $schema: "../checklist.schema.json",
    ...checklist,
    themes: checklist.themes.map((theme) => ({
      ...theme,
      items: theme.items.map(({ untranslated, shownIn: _shownIn, ...item }) => {
        if (!untranslated) return item;
        const written = (text: Item["text"], missing: readonly string[] = []) =>
          Object.fromEntries(
            LANGUAGES.filter((language) => !missing.includes(language)).map((language) => [
              language,
              text[language],
            ]),
          );
        return {
          ...item,
          text: written(item.text, untranslated.text),
          help: written(item.help, untranslated.help),
          suggestion: written(item.suggestion, untranslated.suggestion),
        };
      }),
    })),
  };
}
