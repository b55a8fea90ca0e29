import { useTranslation } from "react-i18next";
import { droppedEntryCount } from "../../domain/problems";
import { Alert } from "../../ui/alert";
import { ProblemList } from "../../ui/problem-list";
import type { SortedOutcomes } from "./sort-outcomes";

interface ImportReportProps {
  sorted: SortedOutcomes;
  /** Files chosen; fewer were read when the import was cancelled. */
  total: number;
  isCancelled: boolean;
}

/** Per file: added, refused with the reasons, or waiting for the user's word as a duplicate. */
export function ImportReport({ sorted, total, isCancelled }: ImportReportProps) {
  const { t } = useTranslation("workshop");
  const { accepted, duplicates, rejected } = sorted;
  const read = accepted.length + duplicates.length + rejected.length;
  const partial = accepted.filter((entry) => entry.dropped.length > 0);
  return (
    <div className="import-report">
      <Alert tone={rejected.length > 0 ? "error" : "success"} title={t("report.title")}>
        {isCancelled && <p>{t("report.cancelled", { read, total })}</p>}
        <p>{t("report.accepted", { count: accepted.length })}</p>
        {duplicates.length > 0 && <p>{t("report.duplicates", { count: duplicates.length })}</p>}
        {rejected.length > 0 && <p>{t("report.rejected", { count: rejected.length })}</p>}
      </Alert>
      {rejected.length > 0 && (
        <ul className="import-rejected">
          {rejected.map((file, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; names may repeat across folders
            <li key={index}>
              <p className="import-file-name">{t("report.rejectedFile", { file: file.sourceName })}</p>
              <ProblemList problems={file.problems} />
            </li>
          ))}
        </ul>
      )}
      {partial.length > 0 && (
        <ul className="import-partial">
          {partial.map(({ member, dropped }, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <li key={index}>
              <p className="import-file-name">
                {t("report.partialFile", { file: member.fileName, count: droppedEntryCount(dropped) })}
              </p>
              <ProblemList problems={dropped} />
            </li>
          ))}
        </ul>
      )}
      {accepted.length > 0 && (
        <details className="import-accepted">
          <summary>{t("report.acceptedList", { count: accepted.length })}</summary>
          <ul>
            {accepted.map(({ member }, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <li key={index}>{member.fileName}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
