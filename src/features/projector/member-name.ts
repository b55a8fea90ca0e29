import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import { assessedMunicipalityName } from "../../domain/municipalities";
import { useAppStore } from "../../store/app-store";

/** An official municipality by its name in the user's language (Swedish in sv); an association says so. */
export function useMemberName(): (assessment: Assessment) => string {
  const { t } = useTranslation(["projector", "common"]);
  const language = useAppStore((state) => state.language);
  return ({ meta }) => {
    const name = assessedMunicipalityName(meta, language);
    return meta.respondentRole === "municipality"
      ? name
      : t("item.byRole", { name, role: t(`common:role.${meta.respondentRole}`) });
  };
}
