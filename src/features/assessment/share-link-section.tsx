import "./share-link.css";
import "./share-link-i18n";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { encodeShareLink, SHARE_LINK_MAX_CHARS } from "../../domain/share-link";
import { useAppStore } from "../../store/app-store";
import { useActiveChecklist } from "../../store/checklists";
import { Alert } from "../../ui/alert";
import { CheckboxField } from "../../ui/checkbox-field";
import { SHARE_PATH_PREFIX } from "../../ui/paths";
import { useAssessmentDownload } from "../../ui/use-assessment-download";
import { useCopyField } from "../../ui/use-copy-field";

type Link = { status: "making" } | { status: "made"; url: string } | { status: "unavailable" };

/** The app's own address with the share route: works wherever the static files are served from. */
function shareUrl(data: string): string {
  return `${window.location.origin}${window.location.pathname}#${SHARE_PATH_PREFIX}${data}`;
}

/**
 * The open assessment in a link: the data is in the fragment, which the browser never sends anywhere. A link
 * longer than e-mail and chat programs keep intact is not offered; the file is.
 */
export function ShareLinkSection() {
  const { t } = useTranslation("shareLink");
  const { t: tCommon } = useTranslation();
  const assessment = useAppStore((state) => state.assessment);
  const checklist = useActiveChecklist();
  const [includeNotes, setIncludeNotes] = useState(false);
  const [link, setLink] = useState<Link>({ status: "making" });
  const { field, status: copyStatus, setStatus: setCopyStatus, copy } = useCopyField();
  const headingId = useId();
  const fieldId = useId();
  const lengthId = useId();

  useEffect(() => {
    if (!assessment) return;
    let isCurrent = true;
    setCopyStatus("idle");
    encodeShareLink(assessment, checklist ?? undefined, { includeNotes }).then(
      (data) => isCurrent && setLink({ status: "made", url: shareUrl(data) }),
      () => isCurrent && setLink({ status: "unavailable" }),
    );
    return () => {
      isCurrent = false;
    };
  }, [assessment, checklist, includeNotes, setCopyStatus]);

  const { download: downloadFile, fileName } = useAssessmentDownload();
  const fileButton = (
    <button type="button" className="button button-secondary" onClick={downloadFile}>
      {t("downloadFile")}
    </button>
  );
  const limit = SHARE_LINK_MAX_CHARS;

  return (
    <section className="panel share-link-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("heading")}</h2>
      <p>{t("intro")}</p>
      <CheckboxField label={t("includeNotes")} checked={includeNotes} onChange={setIncludeNotes} />
      <p className="field-hint">{t("notesHint")}</p>
      {link.status === "making" && <p>{t("making")}</p>}
      {link.status === "unavailable" && (
        <Alert tone="info">
          <p>{t("unavailable")}</p>
          {fileButton}
        </Alert>
      )}
      {link.status === "made" && link.url.length <= limit && (
        <>
          <div className="field">
            <label className="field-label" htmlFor={fieldId}>
              {t("linkLabel")}
            </label>
            <input
              ref={field}
              id={fieldId}
              className="text-input share-link-field"
              readOnly
              value={link.url}
              aria-describedby={lengthId}
              onFocus={(event) => event.currentTarget.select()}
            />
            <p id={lengthId} className="field-hint">
              {t("length", { length: link.url.length, limit })}
            </p>
          </div>
          <button type="button" className="button button-primary" onClick={() => void copy()}>
            {t("copy")}
          </button>
        </>
      )}
      {link.status === "made" && link.url.length > limit && (
        <Alert tone="info" title={t("tooLongTitle")}>
          <p>{t("tooLongBody", { length: link.url.length, limit })}</p>
          {includeNotes && <p>{t("tooLongNotes")}</p>}
          {fileButton}
        </Alert>
      )}
      {/* A live region, not role=status: the details page's own status is the one "status" on the page. */}
      <p aria-live="polite" className="share-link-status">
        {copyStatus === "copied" && t("copied")}
        {copyStatus === "selectToCopy" && t("selectToCopy")}
        {fileName && tCommon("fileDownloaded", { file: fileName })}
      </p>
    </section>
  );
}
