import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Assessment, answerFor } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import type { Language } from "../../domain/localized";
import { assessedMunicipalityName } from "../../domain/municipalities";
import type { InPlace } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { CheckboxField } from "../../ui/checkbox-field";

interface WhoHasInPlaceProps {
  basis: Checklist;
  numbers: ReadonlyMap<string, string>;
  inPlace: readonly InPlace[];
}

function Names({
  label,
  members,
  itemId,
  isWithNotes,
  language,
}: {
  label: string;
  members: readonly Assessment[];
  itemId: string;
  isWithNotes: boolean;
  language: Language;
}) {
  if (members.length === 0) return null;
  // Already in the order of the names shown (whoHasInPlace sorts them in the language).
  const named = members.map((member) => ({ member, name: assessedMunicipalityName(member.meta, language) }));
  if (!isWithNotes) {
    return (
      <p>
        <span className="who-level">{label}</span> {named.map(({ name }) => name).join(", ")}
      </p>
    );
  }
  return (
    <>
      <p className="who-level">{label}</p>
      <ul>
        {named.map(({ member, name }) => {
          const note = answerFor(member.answers, itemId)?.note;
          return (
            <li key={member.id}>
              {name}
              {note && <q className="who-note">{note}</q>}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** For every item, whom to call: members fully (3) and mostly (2) in place; their notes only when asked. */
export function WhoHasInPlace({ basis, numbers, inPlace }: WhoHasInPlaceProps) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  const [isWithNotes, setIsWithNotes] = useState(false);
  const byItem = new Map(inPlace.map((entry) => [entry.itemId, entry]));
  return (
    <>
      <CheckboxField label={t("who.showNotes")} checked={isWithNotes} onChange={setIsWithNotes} />
      {basis.themes.map((theme) => (
        <section key={theme.id} className="who-theme">
          <h3>{theme.title[language]}</h3>
          <ul className="who-items">
            {theme.items.map((item) => {
              const entry = byItem.get(item.id);
              const isNobody = !entry || (entry.full.length === 0 && entry.mostly.length === 0);
              return (
                <li key={item.id}>
                  <p className="who-item">
                    {t("items.itemName", { number: numbers.get(item.id) ?? "", text: item.text[language] })}
                  </p>
                  {isNobody ? (
                    <p>{t("who.nobody")}</p>
                  ) : (
                    <>
                      <Names
                        label={t("who.full")}
                        members={entry.full}
                        itemId={item.id}
                        isWithNotes={isWithNotes}
                        language={language}
                      />
                      <Names
                        label={t("who.mostly")}
                        members={entry.mostly}
                        itemId={item.id}
                        isWithNotes={isWithNotes}
                        language={language}
                      />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
