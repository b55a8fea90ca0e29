import { type ChangeEvent, type DragEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { droppedFiles } from "../../ui/dropped-files";

// Not in React's types, though every current browser supports it.
const FOLDER_PICKER = { webkitdirectory: "" };

interface AddFilesProps {
  onFiles: (files: File[]) => void;
  isBusy: boolean;
}

/** Three ways in: many files, a whole folder, or a drop of either onto the zone. */
export function AddFiles({ onFiles, isBusy }: AddFilesProps) {
  const { t } = useTranslation("workshop");
  const [isOver, setIsOver] = useState(false);
  const headingId = useId();
  const filesId = useId();
  const folderId = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.currentTarget.files ?? []);
    // Cleared so that choosing the same files again (after fixing one) fires a change.
    event.currentTarget.value = "";
    if (files.length > 0) onFiles(files);
  };
  const onDrop = async (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setIsOver(false);
    if (isBusy) return;
    const files = await droppedFiles(event.dataTransfer);
    if (files.length > 0) onFiles(files);
  };
  return (
    <section
      className={`panel add-files${isOver ? " add-files-over" : ""}`}
      aria-labelledby={headingId}
      onDragOver={(event) => {
        event.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <h2 id={headingId}>{t("add.heading")}</h2>
      <p>{t("add.hint")}</p>
      <div className="add-files-inputs">
        <div>
          <label htmlFor={filesId} className="field-label">
            {t("add.files")}
          </label>
          <input
            id={filesId}
            type="file"
            multiple
            accept=".json,application/json"
            className="file-input"
            disabled={isBusy}
            onChange={onChange}
          />
        </div>
        <div>
          <label htmlFor={folderId} className="field-label">
            {t("add.folder")}
          </label>
          <input
            id={folderId}
            type="file"
            {...FOLDER_PICKER}
            className="file-input"
            disabled={isBusy}
            onChange={onChange}
          />
        </div>
      </div>
      <p className="add-files-drop">{t("add.drop")}</p>
    </section>
  );
}
