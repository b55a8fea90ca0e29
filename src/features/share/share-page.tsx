import "./i18n";
import "./share.css";
import { type ReactNode, useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportedAssessment } from "../../domain/assessment-file";
import { sizeLabel } from "../../domain/file-text";
import { municipalityByCode, municipalityName, withMunicipalityCode } from "../../domain/municipalities";
import { droppedEntryCount } from "../../domain/problems";
import { checklistProgress } from "../../domain/progress";
import { findChecklist } from "../../domain/registry-lookup";
import {
  decodeShareLink,
  SHARE_LINK_MAX_BYTES,
  SHARE_LINK_MAX_CHARS,
  type ShareLinkResult,
} from "../../domain/share-link";
import { useAppStore } from "../../store/app-store";
import { useChecklistRegistry } from "../../store/checklists";
import { Alert } from "../../ui/alert";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { ProblemList } from "../../ui/problem-list";
import { Link } from "../../ui/router";
import { useFocusAfterRender } from "../../ui/use-focus-after-render";
import { forgetLink, linkData, receiveLink } from "./received-link";

type Refusal = Extract<ShareLinkResult, { ok: false }>;

/** The limit a refusal names, as its message shows it. */
const REFUSAL_LIMITS: Partial<Record<Refusal["reason"], string>> = {
  tooLong: String(SHARE_LINK_MAX_CHARS),
  tooLarge: sizeLabel(SHARE_LINK_MAX_BYTES),
};

/** A message about the link, and the way on when there is nothing to import. */
function NothingToImport({ alert }: { alert: ReactNode }) {
  const { t } = useTranslation("share");
  return (
    <>
      {alert}
      <p>
        <Link to={paths.start}>{t("toStart")}</Link>
      </p>
    </>
  );
}

function Refused({ refusal }: { refusal: Refusal }) {
  const { t } = useTranslation("share");
  return (
    <NothingToImport
      alert={
        <Alert tone="error" title={t("errorTitle")}>
          <p>{t(`refusal.${refusal.reason}`, { limit: REFUSAL_LIMITS[refusal.reason] ?? "" })}</p>
          {refusal.problems.length > 0 && <ProblemList problems={refusal.problems} />}
          <p>{t("keptNote")}</p>
        </Alert>
      }
    />
  );
}

/** What the link holds, read as a file import reads a file; importing makes a new assessment. */
function Preview({ imported }: { imported: ImportedAssessment }) {
  const { t } = useTranslation(["share", "common"]);
  const language = useAppStore((state) => state.language);
  const registry = useChecklistRegistry();
  const [isImported, setIsImported] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const headingId = useId();
  const nextId = useId();
  // Files from before format 3 carry only the name: an official name gets its code, as in a file import.
  const assessment = useMemo(
    () => ({ ...imported.assessment, meta: withMunicipalityCode(imported.assessment.meta) }),
    [imported],
  );
  const { meta, answers, checklist: ref } = assessment;
  const checklist = findChecklist(registry, ref.id, ref.version);
  const { answered, total } = checklistProgress(checklist ?? { themes: [] }, answers);
  const notes = Object.values(answers).filter((answer) => answer.note?.trim()).length;
  const official = municipalityByCode(meta.municipalityCode);
  const municipality = official ? municipalityName(official, language) : meta.municipality.trim();
  const { dropped } = imported;
  const importCopy = () => {
    // A new id: the copy never overwrites the assessment it was shared from, or any other.
    useAppStore.getState().replaceAssessment(assessment);
    forgetLink();
    setIsImported(true);
    focusAfterRender(nextId);
  };
  return (
    <>
      <p className="lead">{t("lead")}</p>
      <section aria-labelledby={headingId} className="panel">
        <h2 id={headingId}>{t("summaryHeading")}</h2>
        <dl className="summary-list share-summary">
          <div>
            <dt>{t("municipality")}</dt>
            <dd>{municipality === "" ? t("noMunicipality") : municipality}</dd>
          </div>
          <div>
            <dt>{t("year")}</dt>
            <dd>{meta.year}</dd>
          </div>
          <div>
            <dt>{t("role")}</dt>
            <dd>{t(`common:role.${meta.respondentRole}`)}</dd>
          </div>
          <div>
            <dt>{t("answers")}</dt>
            <dd>{t("answersCount", { answered, total })}</dd>
          </div>
          <div>
            <dt>{t("notes")}</dt>
            <dd>{t("notesCount", { count: notes })}</dd>
          </div>
          <div>
            <dt>{t("checklist")}</dt>
            <dd>
              {t("checklistVersion", { title: checklist?.title[language] ?? ref.id, version: ref.version })}
            </dd>
          </div>
        </dl>
      </section>
      {dropped.length > 0 && !isImported && (
        <Alert tone="error" title={t("partialTitle")}>
          <p>{t("partialIntro", { count: droppedEntryCount(dropped) })}</p>
          <ProblemList problems={dropped} />
        </Alert>
      )}
      {isImported ? (
        <Alert tone="success">
          <p>{t("imported")}</p>
          <div className="button-row">
            <Link id={nextId} to={paths.details} className="button button-primary">
              {t("toDetails")}
            </Link>
            <Link to={paths.results} className="button button-secondary">
              {t("toResults")}
            </Link>
          </div>
        </Alert>
      ) : (
        <>
          <p>{t("keepsOthers")}</p>
          <button type="button" className="button button-primary" onClick={importCopy}>
            {dropped.length > 0 ? t("importPart") : t("import")}
          </button>
        </>
      )}
    </>
  );
}

function SharedAssessment({ data }: { data: string }) {
  const { t } = useTranslation("share");
  const registry = useChecklistRegistry();
  const [result, setResult] = useState<ShareLinkResult | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void decodeShareLink(data, registry?.checklists ?? []).then((read) => {
      if (isCurrent) setResult(read);
    });
    return () => {
      isCurrent = false;
    };
  }, [data, registry]);
  if (result === null) return <p role="status">{t("reading")}</p>;
  return result.ok ? <Preview imported={result.value} /> : <Refused refusal={result} />;
}

/**
 * A share link opens here (`#/share/v1.…`): the data leaves the address bar at once, and the page shows what
 * the link holds before anything is saved.
 */
export default function SharePage({ data }: { data: string | null }) {
  const { t } = useTranslation("share");
  const [shared] = useState(() => linkData(data));
  useEffect(() => {
    if (data !== null) receiveLink(data);
  }, [data]);
  return (
    <Page title={t("title")}>
      {shared === null ? (
        <NothingToImport
          alert={
            <Alert tone="info" title={t("noLinkTitle")}>
              <p>{t("noLinkBody")}</p>
            </Alert>
          }
        />
      ) : (
        <SharedAssessment data={shared} />
      )}
    </Page>
  );
}
