import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/localized";
import { useAppStore } from "../../store/app-store";
import type { StorageUsage } from "../../store/library";
import { formatDate } from "../../ui/format";

const MEGABYTE = 1024 * 1024;

function formatSize(bytes: number, language: Language): string {
  const locale = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[language];
  return new Intl.NumberFormat(locale, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 }).format(
    bytes / MEGABYTE,
  );
}

interface StorageStatusProps {
  usage: StorageUsage | null;
  lastExportAt: string | null;
  onExportAll: () => void;
}

/** How much is kept, whether the browser may clear it, and when a file was last made of it. */
export function StorageStatus({ usage, lastExportAt, onExportAll }: StorageStatusProps) {
  const { t } = useTranslation("library");
  const language = useAppStore((state) => state.language);
  const id = useId();
  const persistence =
    usage?.isPersisted === true
      ? "persisted"
      : usage?.isPersisted === false
        ? "notPersisted"
        : "persistenceUnknown";
  return (
    <section className="panel library-storage" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("storage.heading")}</h2>
      <p>
        {usage?.usage != null && usage.quota != null
          ? t("storage.usage", {
              used: formatSize(usage.usage, language),
              quota: formatSize(usage.quota, language),
            })
          : t("storage.usageUnknown")}
      </p>
      <p>{t(`storage.${persistence}`)}</p>
      <p>
        {lastExportAt === null
          ? t("storage.neverExported")
          : t("storage.lastExport", { date: formatDate(lastExportAt, language) })}
      </p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onExportAll}>
          {t("storage.exportAll")}
        </button>
      </div>
    </section>
  );
}
