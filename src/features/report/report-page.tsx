import "./i18n";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page";

export default function ReportPage() {
  const { t } = useTranslation("report");
  return <Page title={t("page.title")}>{null}</Page>;
}
