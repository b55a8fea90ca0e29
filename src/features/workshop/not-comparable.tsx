import { useTranslation } from "react-i18next";
import { type PartialLocalizedText, partialText } from "../../domain/adaptation";
import type { Checklist } from "../../domain/checklist";
import { allItems } from "../../domain/checklist-lookup";
import type { Alignment } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";

/** Members answering different checklist versions are compared on shared items only; this names the rest. */
export function NotComparable({
  alignment,
  checklists,
}: {
  alignment: Alignment;
  checklists: readonly Checklist[];
}) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  if (alignment.versions.length < 2) return null;
  // The basis's wording first; a local item of an adapted checklist has only its own.
  const texts = new Map(
    [...checklists]
      .sort((a, b) => Number(a.id === alignment.basis.id) - Number(b.id === alignment.basis.id))
      .flatMap(allItems)
      .map((item) => [item.id, item.text[language]]),
  );
  const reason = (why: PartialLocalizedText) => partialText(why, language).text;
  return (
    <div className="alert alert-info">
      <p className="alert-title">{t("versions.title", { versions: alignment.versions.join(", ") })}</p>
      {alignment.notComparable.length === 0 ? (
        <p>{t("versions.allComparable")}</p>
      ) : (
        <>
          <p>{t("versions.intro", { count: alignment.notComparable.length })}</p>
          <ul>
            {alignment.notComparable.map(({ itemId, versions }) => (
              <li key={itemId}>
                {t("versions.item", { text: texts.get(itemId) ?? itemId, versions: versions.join(", ") })}
              </li>
            ))}
          </ul>
        </>
      )}
      {alignment.hidden.length > 0 && (
        <ul>
          {alignment.hidden.map(({ itemId, why, version }) => (
            <li key={`${version}-${itemId}`}>
              {t("versions.hidden", { text: texts.get(itemId) ?? itemId, version, why: reason(why) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
