import { TitledSection } from "../../ui/titled-section";
import "./i18n";
import "./about.css";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../../store/app-store";
import { formatDate } from "../../ui/format";
import { Page } from "../../ui/page";
import { ContactLink, PublisherLine } from "./about-parts";
import { publisher } from "./publisher";

/**
 * The accessibility statement the Act on the Provision of Digital Services (306/2019) asks of a publisher,
 * in the order of the supervisory authority's model: the service, its status, how it was checked, what is
 * not accessible and its alternative, feedback, and the authority. It claims only what the tests check.
 */
export default function AccessibilityPage() {
  const { t } = useTranslation("about");
  const language = useAppStore((state) => state.language);
  return (
    <Page title={t("accessibility.title")}>
      <div className="about-page">
        <p>{t("accessibility.intro")}</p>
        <PublisherLine />
        <p>{t("accessibility.madeOn", { date: formatDate(publisher.statementDate, language) })}</p>
        <TitledSection className="about-section" title={t("accessibility.statusHeading")}>
          <p>{t("accessibility.status")}</p>
        </TitledSection>
        <TitledSection className="about-section" title={t("accessibility.testedHeading")}>
          <p>{t("accessibility.testedIntro")}</p>
          <ul>
            <li>{t("accessibility.testedAxe")}</li>
            <li>{t("accessibility.testedKeyboard")}</li>
            <li>{t("accessibility.testedContrast")}</li>
            <li>{t("accessibility.testedLighthouse")}</li>
          </ul>
          <p>{t("accessibility.notTested")}</p>
        </TitledSection>
        <TitledSection className="about-section" title={t("accessibility.gapsHeading")}>
          <h3>{t("accessibility.pdfHeading")}</h3>
          <p>{t("accessibility.pdf")}</p>
          <p>{t("accessibility.pdfAlternative")}</p>
          <h3>{t("accessibility.limitsHeading")}</h3>
          <ul>
            <li>{t("accessibility.heatmap")}</li>
            <li>{t("accessibility.charts")}</li>
          </ul>
        </TitledSection>
        <TitledSection className="about-section" title={t("accessibility.feedbackHeading")}>
          <p>{t("accessibility.feedback")}</p>
          <p>
            {t("accessibility.feedbackContact")} <ContactLink href={publisher.feedbackContact} />
          </p>
        </TitledSection>
        <TitledSection className="about-section" title={t("accessibility.authorityHeading")}>
          <p>{t("accessibility.authority")}</p>
          <p>
            {t("accessibility.authorityContact")} <ContactLink href={publisher.supervisoryAuthorityUrl} />
          </p>
          <p>{t("accessibility.authorityCheck")}</p>
        </TitledSection>
      </div>
    </Page>
  );
}
