import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import { invitationQuery } from "../../domain/invitation";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { useCopyField } from "../../ui/use-copy-field";

/** The app's own address with the invitation route: works wherever the static files are served from. */
function invitationUrl(assessment: Assessment): string {
  const { meta, checklist } = assessment;
  const query = invitationQuery({
    checklist,
    municipality: meta.municipality.trim(),
    ...(meta.municipalityCode === undefined ? {} : { municipalityCode: meta.municipalityCode }),
    year: meta.year,
  });
  return `${window.location.origin}${window.location.pathname}#${paths.invite}?${query}`;
}

/** The link to send to associations; it carries the checklist, municipality and year, never answers. */
export function InviteSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation("perspectives");
  const headingId = useId();
  const fieldId = useId();
  const hintId = useId();
  const { field, status, copy } = useCopyField();
  const hasMunicipality = assessment.meta.municipality.trim() !== "";
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t("invite.heading")}</h2>
      <p>{t("invite.intro")}</p>
      {hasMunicipality ? (
        <>
          <div className="field">
            <label className="field-label" htmlFor={fieldId}>
              {t("invite.linkLabel")}
            </label>
            <p id={hintId} className="field-hint">
              {t("invite.linkHint")}
            </p>
            <input
              ref={field}
              id={fieldId}
              className="text-input perspectives-link"
              readOnly
              value={invitationUrl(assessment)}
              aria-describedby={hintId}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            {t("invite.copy")}
          </button>
          <p role="status" className="perspectives-copy-status">
            {status === "copied" && t("invite.copied")}
            {status === "selectToCopy" && t("invite.selectToCopy")}
          </p>
        </>
      ) : (
        <p>
          {t("invite.needsMunicipality")} <Link to={paths.details}>{t("invite.toDetails")}</Link>
        </p>
      )}
    </section>
  );
}
