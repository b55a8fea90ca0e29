import "./i18n";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page";

export default function PlanPage() {
  const { t } = useTranslation("plan");
  return <Page title={t("page.title")}>{null}</Page>;
}
