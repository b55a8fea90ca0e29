import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Workshop } from "../../domain/workshop";
import { useAppStore } from "../../store/app-store";
import { useWorkshopStore, type WorkshopSummary } from "../../store/workshops";
import { formatDate } from "../../ui/format";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { downloadWorkshopFile } from "./download-workshop";
import { RenameWorkshop } from "./rename-workshop";

interface WorkshopRowProps {
  workshop: WorkshopSummary;
  onDeleted: (workshop: Workshop) => void;
}

export function WorkshopRow({ workshop, onDeleted }: WorkshopRowProps) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  const openWorkshop = useWorkshopStore((state) => state.openWorkshop);
  const deleteWorkshop = useWorkshopStore((state) => state.deleteWorkshop);
  const [isRenaming, setIsRenaming] = useState(false);
  const { id, name } = workshop;
  return (
    <tr>
      <th scope="row">
        {isRenaming ? (
          <RenameWorkshop id={id} name={name} onDone={() => setIsRenaming(false)} />
        ) : (
          <Link to={paths.workshop(id)}>{name}</Link>
        )}
      </th>
      <td>{workshop.memberCount}</td>
      <td>{formatDate(workshop.updatedAt, language)}</td>
      <td>
        <div className="workshop-actions">
          {!isRenaming && (
            <button type="button" className="button button-secondary" onClick={() => setIsRenaming(true)}>
              {t("list.rename", { name })}
            </button>
          )}
          <button
            type="button"
            className="button button-secondary"
            onClick={async () => {
              const opened = await openWorkshop(id);
              if (opened) await downloadWorkshopFile(opened);
            }}
          >
            {t("list.export", { name })}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={async () => {
              const removed = await deleteWorkshop(id);
              if (removed) onDeleted(removed);
            }}
          >
            {t("list.delete", { name })}
          </button>
        </div>
      </td>
    </tr>
  );
}
