import "./i18n";
import { useTranslation } from "react-i18next";
import { readInvitation } from "../../domain/invitation";
import { municipalityByCode, municipalityName } from "../../domain/municipalities";
import { findChecklistOrLatest } from "../../domain/registry-lookup";
import { useAppStore } from "../../store/app-store";
import { useChecklistRegistry } from "../../store/checklists";
import { Alert } from "../../ui/alert";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link, navigate } from "../../ui/router";
import { startInvitedAssessment } from "./start-invited-assessment";

function BadInvitation({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation("perspectives");
  return (
    <>
      <Alert tone="error" title={title}>
        <p>{body}</p>
      </Alert>
      <p>
        <Link to={paths.start}>{t("invite.toStart")}</Link>
      </p>
    </>
  );
}

/**
 * An invitation link opens here: it names the municipality and year to assess as an association and
 * carries no answers. Starting always makes a new assessment.
 */
export default function InvitePage({ query }: { query: string }) {
  const { t } = useTranslation("perspectives");
  const language = useAppStore((state) => state.language);
  const registry = useChecklistRegistry();
  const invitation = readInvitation(query);
  if (!invitation.ok) {
    return (
      <Page title={t("invite.title")}>
        <BadInvitation title={t("invite.badTitle")} body={t("invite.badBody")} />
      </Page>
    );
  }
  const { value } = invitation;
  // Another version of the same checklist will do: item ids are stable, so the answers still compare.
  const checklist = findChecklistOrLatest(registry, value.checklist.id, value.checklist.version);
  if (!checklist) {
    return (
      <Page title={t("invite.title")}>
        <BadInvitation title={t("invite.unknownChecklistTitle")} body={t("invite.unknownChecklistBody")} />
      </Page>
    );
  }
  const official = municipalityByCode(value.municipalityCode);
  const municipality = official ? municipalityName(official, language) : value.municipality;
  const start = () => {
    startInvitedAssessment(value, checklist);
    navigate(paths.details);
  };
  return (
    <Page title={t("invite.title")}>
      <p className="lead">{t("invite.lead", { municipality, year: value.year })}</p>
      <p>{t("invite.explain")}</p>
      <p>{t("invite.keepsOthers")}</p>
      <button type="button" className="button button-primary" onClick={start}>
        {t("invite.start")}
      </button>
    </Page>
  );
}
