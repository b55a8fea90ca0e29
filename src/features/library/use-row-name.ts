import { useTranslation } from "react-i18next";
import type { LibraryRow } from "../../domain/library";

type Named = Pick<LibraryRow, "municipality" | "year" | "role">;

/** "Koski Tl 2026, Municipality": how the library names one assessment in its buttons and messages. */
export function useRowName(): (row: Named) => string {
  const { t } = useTranslation("library");
  const { t: tc } = useTranslation("common");
  return (row) => {
    const name = row.municipality.trim() === "" ? t("noMunicipality") : row.municipality.trim();
    return t("table.rowName", { name, year: row.year, role: tc(`role.${row.role}`) });
  };
}
