import { useTranslation } from "react-i18next";
import type { ChecklistRegistry } from "../domain/registry-lookup";
import { Alert } from "../ui/alert";
import { ProblemList } from "../ui/problem-list";

/** Shown instead of the app when no shipped checklist passes the schema. */
export function ChecklistErrors({ registry }: { registry: ChecklistRegistry }) {
  const { t } = useTranslation();
  return (
    <>
      {registry.errors.map((error) => (
        <Alert key={error.file} tone="error" title={t("checklistError.title")}>
          <p>{t("checklistError.intro", { file: error.file })}</p>
          <ProblemList problems={error.problems} />
        </Alert>
      ))}
      {registry.errors.length === 0 && <Alert tone="error">{t("checklistError.none")}</Alert>}
    </>
  );
}
