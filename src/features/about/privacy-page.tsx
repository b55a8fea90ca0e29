import { TitledSection } from "../../ui/titled-section";
import "./i18n";
import "./about.css";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page";
import { PublisherLine } from "./about-parts";

/** What is stored where and what leaves the browser: every claim here is what src/store and the CSP do. */
export default function PrivacyPage() {
  const { t } = useTranslation("about");
  return (
    <Page title={t("privacy.title")}>
      <div className="about-page">
        <p>{t("privacy.intro")}</p>
        <PublisherLine />
        <TitledSection className="about-section" title={t("privacy.storedHeading")}>
          <ul>
            <li>{t("privacy.storedDatabase")}</li>
            <li>{t("privacy.storedLocal")}</li>
            <li>{t("privacy.storedCache")}</li>
          </ul>
          <p>{t("privacy.storedDevice")}</p>
        </TitledSection>
        <TitledSection className="about-section" title={t("privacy.leavesHeading")}>
          <p>{t("privacy.leaves")}</p>
        </TitledSection>
        <TitledSection className="about-section" title={t("privacy.trackingHeading")}>
          <p>{t("privacy.tracking")}</p>
          <p>{t("privacy.serverLogs")}</p>
        </TitledSection>
        <TitledSection className="about-section" title={t("privacy.deleteHeading")}>
          <p>{t("privacy.deleteInApp")}</p>
          <p>{t("privacy.deleteAssessments")}</p>
          <p>{t("privacy.deleteAll")}</p>
        </TitledSection>
      </div>
    </Page>
  );
}
