import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PartialLocalizedText } from "../../domain/adaptation";
import type { Item } from "../../domain/checklist";
import { useAppStore } from "../../store/app-store";
import { TextField } from "./text-field";

/** Hiding a base item asks why, in the user's language: comparisons show the reason. */
export function HideItemForm({
  item,
  onHide,
}: {
  item: Item;
  onHide: (why: PartialLocalizedText) => Promise<boolean>;
}) {
  const { t } = useTranslation("adapt");
  const language = useAppStore((state) => state.language);
  const [why, setWhy] = useState("");
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  if (item.local) return null;
  return (
    <details>
      <summary>{t("edit.hide")}</summary>
      <TextField
        id={`${id}-why`}
        label={t("edit.why")}
        hint={t("edit.whyHint")}
        value={why}
        onChange={setWhy}
        errorText={error}
      />
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          if (why.trim() === "") {
            setError(t("edit.whyRequired"));
            return;
          }
          void onHide({ [language]: why.trim() });
        }}
      >
        {t("edit.hide")}
      </button>
    </details>
  );
}
