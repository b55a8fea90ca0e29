import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { WORKSHOP_NAME_MAX } from "../../domain/limits";
import { useWorkshopStore } from "../../store/workshops";
import { paths } from "../../ui/paths";
import { navigate } from "../../ui/router";

/** A name is all a workshop needs; the files are added on its own page, where the user goes next. */
export function CreateWorkshop() {
  const { t } = useTranslation("workshop");
  const createWorkshop = useWorkshopStore((state) => state.createWorkshop);
  const [name, setName] = useState("");
  const [isBlank, setIsBlank] = useState(false);
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") {
      setIsBlank(true);
      return;
    }
    const workshop = await createWorkshop(name);
    navigate(paths.workshop(workshop.id));
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("create.heading")}</h2>
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor={inputId} className="field-label">
          {t("create.label")}
        </label>
        <p id={hintId} className="field-hint">
          {t("create.hint")}
        </p>
        <input
          id={inputId}
          className="text-input"
          value={name}
          maxLength={WORKSHOP_NAME_MAX}
          aria-describedby={isBlank ? `${hintId} ${errorId}` : hintId}
          aria-invalid={isBlank || undefined}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setIsBlank(false);
          }}
        />
        {isBlank && (
          <p id={errorId} className="field-error">
            {t("create.blank")}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t("create.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
