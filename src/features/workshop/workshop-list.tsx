import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Workshop } from "../../domain/workshop";
import type { WorkshopSummary } from "../../store/workshops";
import { TableScroll } from "../../ui/table-scroll";
import { WorkshopRow } from "./workshop-row";

interface WorkshopListProps {
  workshops: readonly WorkshopSummary[];
  onDeleted: (workshop: Workshop) => void;
}

export function WorkshopList({ workshops, onDeleted }: WorkshopListProps) {
  const { t } = useTranslation("workshop");
  const captionId = useId();
  if (workshops.length === 0) return <p>{t("list.empty")}</p>;
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table workshop-list">
        <caption id={captionId}>{t("list.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("list.name")}</th>
            <th scope="col">{t("list.members")}</th>
            <th scope="col">{t("list.updated")}</th>
            <th scope="col">{t("list.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {workshops.map((workshop) => (
            <WorkshopRow key={workshop.id} workshop={workshop} onDeleted={onDeleted} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
