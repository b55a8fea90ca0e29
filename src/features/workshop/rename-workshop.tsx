import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { WORKSHOP_NAME_MAX } from "../../domain/limits";
import { useWorkshopStore } from "../../store/workshops";

interface RenameWorkshopProps {
  id: string;
  name: string;
  onDone: () => void;
}

/** In place of the name in the list; a blank name keeps the old one. */
export function RenameWorkshop({ id, name, onDone }: RenameWorkshopProps) {
  const { t } = useTranslation("workshop");
  const renameWorkshop = useWorkshopStore((state) => state.renameWorkshop);
  const [value, setValue] = useState(name);
  const inputId = useId();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() !== "" && value.trim() !== name) await renameWorkshop(id, value);
    onDone();
  };
  return (
    <form onSubmit={onSubmit} className="workshop-rename">
      <label htmlFor={inputId} className="field-label">
        {t("rename.label", { name })}
      </label>
      <input
        id={inputId}
        className="text-input"
        value={value}
        maxLength={WORKSHOP_NAME_MAX}
        // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this one
        autoFocus
        onChange={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") onDone();
        }}
      />
      <div className="workshop-actions">
        <button type="submit" className="button button-primary">
          {t("rename.save")}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t("rename.cancel")}
        </button>
      </div>
    </form>
  );
}
