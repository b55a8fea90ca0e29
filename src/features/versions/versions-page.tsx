import "./i18n";
import "./versions.css";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page";
import { DiffSection } from "./diff-section";
import { MoveSection } from "./move-section";
import { RetiredAnswersSection } from "./retired-answers-section";

/** The open assessment's way to the newest checklist version, the answers earlier versions retired, and any two versions' difference. */
export default function VersionsPage() {
  const { t } = useTranslation("versions");
  return (
    <Page title={t("page.title")}>
      <p className="lead">{t("page.lead")}</p>
      <MoveSection />
      <RetiredAnswersSection />
      <DiffSection />
    </Page>
  );
}
