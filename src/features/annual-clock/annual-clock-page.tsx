import "./i18n";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page";

export default function AnnualClockPage() {
  const { t } = useTranslation("annualClock");
  return <Page title={t("page.title")}>{null}</Page>;
}
