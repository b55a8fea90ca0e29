import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import { slugify } from "../../domain/assessment-file";
import type { Alignment } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { CheckboxField } from "../../ui/checkbox-field";
import { downloadTextFile } from "../../ui/download";

interface CsvExportsProps {
  workshopName: string;
  alignment: Alignment;
  /** The members shown (after the filters). */
  members: readonly Assessment[];
}

const LAYOUTS = ["long", "wide"] as const;
type Layout = (typeof LAYOUTS)[number];

/** Long (one row per member × item) and wide (one row per member) CSV that opens right in Excel. */
export function CsvExports({ workshopName, alignment, members }: CsvExportsProps) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  const [isWithNotes, setIsWithNotes] = useState(false);
  const download = async (layout: Layout) => {
    // The CSV code loads on the first click, not with the page.
    const { longCsv, wideCsv } = await import("../../domain/csv");
    const write = layout === "long" ? longCsv : wideCsv;
    const text = write(alignment, members, { language, withNotes: isWithNotes });
    const slug = slugify(workshopName) || "tyopaja";
    downloadTextFile(`${slug}-${layout}.csv`, text, "text/csv;charset=utf-8");
  };
  return (
    <>
      <p>{t("csv.intro", { count: members.length })}</p>
      <CheckboxField label={t("csv.withNotes")} checked={isWithNotes} onChange={setIsWithNotes} />
      <div className="button-row">
        {LAYOUTS.map((layout) => (
          <button
            key={layout}
            type="button"
            className="button button-secondary"
            onClick={() => download(layout)}
          >
            {t(`csv.${layout}`)}
          </button>
        ))}
      </div>
    </>
  );
}
