import { useState } from "react";
import { useTranslation } from "react-i18next";
import { partialText } from "../../domain/adaptation";
import { hideItem, restoreItem } from "../../domain/adapted-checklist";
import type { Checklist, Item } from "../../domain/checklist";
import { findChecklist } from "../../domain/registry-lookup";
import { checklistKey } from "../../domain/stored-checklist";
import { useAdaptedChecklists } from "../../store/adapted-checklists";
import { useAppStore } from "../../store/app-store";
import { useChecklistRegistry } from "../../store/checklists";
import { TitledSection } from "../../ui/titled-section";
import { HideItemForm } from "./hide-item-form";
import { ItemEditor } from "./item-editor";
import { LocalItemForm } from "./local-item-form";
import { LocalSourcesForm } from "./local-sources-form";

/** Saves every change at once; says so, or that nothing changed when the write failed. */
export function useSaveChecklist() {
  const { t } = useTranslation("adapt");
  const save = useAdaptedChecklists((state) => state.save);
  const [status, setStatus] = useState("");
  const saveChecklist = async (checklist: Checklist, done: string) => {
    try {
      await save(checklist);
      setStatus(done);
      return true;
    } catch {
      setStatus(t("edit.saveFailed"));
      return false;
    }
  };
  return { status, saveChecklist };
}

export function ChecklistEditor({
  checklistKey: key,
  onClose,
}: {
  checklistKey: string;
  onClose: () => void;
}) {
  const { t } = useTranslation("adapt");
  const language = useAppStore((state) => state.language);
  const checklist = useAppStore((state) =>
    state.adaptedChecklists.find((candidate) => checklistKey(candidate) === key),
  );
  const registry = useChecklistRegistry();
  const { status, saveChecklist } = useSaveChecklist();
  const basedOn = checklist?.adaptation?.basedOn;
  const base = basedOn ? findChecklist(registry, basedOn.id, basedOn.version) : null;
  if (!checklist || !base) return null;
  const hidden = new Map(checklist.adaptation?.hidden.map((entry) => [entry.item, entry.why]));
  return (
    <TitledSection title={t("edit.title", { title: checklist.title[language] })} className="adapt-editor">
      <button type="button" className="button button-secondary" onClick={onClose}>
        {t("edit.close")}
      </button>
      <p aria-live="polite" className="download-status">
        {status}
      </p>
      {/* Before the long list of items: what a region adds is what it came to do. */}
      <LocalSourcesForm checklist={checklist} saveChecklist={saveChecklist} />
      <LocalItemForm checklist={checklist} saveChecklist={saveChecklist} />
      {base.themes.map((baseTheme) => {
        const theme = checklist.themes.find((candidate) => candidate.id === baseTheme.id);
        const kept = new Map((theme?.items ?? []).map((item) => [item.id, item]));
        const locals = (theme?.items ?? []).filter((item) => item.local);
        return (
          <section key={baseTheme.id} aria-label={baseTheme.title[language]}>
            <h3>{baseTheme.title[language]}</h3>
            <ul className="adapt-list">
              {baseTheme.items.map((baseItem) => {
                const item = kept.get(baseItem.id);
                const why = hidden.get(baseItem.id);
                return (
                  <li key={baseItem.id} className={item ? undefined : "adapt-item-hidden"}>
                    {item ? (
                      <>
                        <ItemEditor item={item} onSave={(next) => save(next, item)} />
                        <HideItemForm
                          item={item}
                          onHide={(reason) =>
                            saveChecklist(
                              hideItem(checklist, item.id, reason),
                              t("edit.hidden", { why: reason[language] ?? "" }),
                            )
                          }
                        />
                      </>
                    ) : (
                      <HiddenItem
                        item={baseItem}
                        why={why ? partialText(why, language).text : ""}
                        onRestore={() =>
                          saveChecklist(
                            restoreItem(checklist, base, baseItem.id),
                            t("edit.saved", { item: baseItem.text[language] }),
                          )
                        }
                      />
                    )}
                  </li>
                );
              })}
              {locals.map((item) => (
                <li key={item.id}>
                  <ItemEditor item={item} onSave={(next) => save(next, item)} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </TitledSection>
  );

  function save(next: Item, before: Item) {
    if (!checklist) return Promise.resolve(false);
    const themes = checklist.themes.map((theme) => ({
      ...theme,
      items: theme.items.map((item) => (item.id === before.id ? next : item)),
    }));
    return saveChecklist({ ...checklist, themes }, t("edit.saved", { item: next.text[language] }));
  }
}

function HiddenItem({ item, why, onRestore }: { item: Item; why: string; onRestore: () => void }) {
  const { t } = useTranslation("adapt");
  const language = useAppStore((state) => state.language);
  return (
    <>
      <p>
        <s>{item.text[language]}</s>
        <br />
        {t("edit.hidden", { why })}
      </p>
      <button type="button" className="button button-secondary" onClick={onRestore}>
        {t("edit.restore")}
      </button>
    </>
  );
}
