import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { type ChecklistDifference, diffChecklists } from "../../domain/checklist-diff";
import { checklistVersions } from "../../domain/registry-lookup";
import { differenceWords, type VersionsTranslate } from "../../i18n/difference-text";
import { useAppStore } from "../../store/app-store";
import { useActiveChecklist, useChecklistRegistry } from "../../store/checklists";
import { SelectField } from "../../ui/select-field";
import { TitledSection } from "../../ui/titled-section";

/** Any two versions of the open checklist, the older first by default: what changed between them. */
export function DiffSection() {
  const { t } = useTranslation("versions");
  const registry = useChecklistRegistry();
  const active = useActiveChecklist();
  const versions = active ? checklistVersions(registry, active.id) : [];
  const oldest = versions.at(-1);
  const newest = versions[0];
  const [fromVersion, setFromVersion] = useState(oldest?.version ?? "");
  const [toVersion, setToVersion] = useState(newest?.version ?? "");
  const id = useId();
  if (!oldest || !newest || versions.length < 2) return null;
  const options = versions.map((checklist) => ({ value: checklist.version, label: checklist.version }));
  const a = versions.find((checklist) => checklist.version === fromVersion) ?? oldest;
  const b = versions.find((checklist) => checklist.version === toVersion) ?? newest;
  return (
    <TitledSection title={t("diff.title")} className="versions-diff">
      <p>{t("diff.lead")}</p>
      <div className="filter-bar">
        <SelectField
          id={`${id}-from`}
          label={t("diff.from")}
          value={a.version}
          options={options}
          onChange={setFromVersion}
          isCompact
        />
        <SelectField
          id={`${id}-to`}
          label={t("diff.to")}
          value={b.version}
          options={options}
          onChange={setToVersion}
          isCompact
        />
      </div>
      <DifferenceList a={a} b={b} versions={versions} />
    </TitledSection>
  );
}

function DifferenceList({ a, b, versions }: { a: Checklist; b: Checklist; versions: readonly Checklist[] }) {
  const { t } = useTranslation("versions");
  const language = useAppStore((state) => state.language);
  const differences = diffChecklists(a, b, versions);
  if (differences.length === 0) return <p>{t("diff.none")}</p>;
  const between = { a, b, versions, language };
  // A rewritten help leaves the question as it was: listed apart, so the changes to answers stand out.
  const isHelpOnly = (difference: ChecklistDifference) =>
    difference.kind === "reworded" && difference.part === "help";
  const questions = differences.filter((difference) => !isHelpOnly(difference));
  const helpOnly = differences.filter(isHelpOnly);
  return (
    <>
      <p aria-live="polite">{t("diff.count", { count: differences.length })}</p>
      {b.changes?.from === a.version && <p>{b.changes.log[language]}</p>}
      <DifferenceItems differences={questions} between={between} />
      {helpOnly.length > 0 && (
        <details className="versions-details">
          <summary>{t("diff.helpOnly", { count: helpOnly.length })}</summary>
          <DifferenceItems differences={helpOnly} between={between} />
        </details>
      )}
    </>
  );
}

function DifferenceItems({
  differences,
  between,
}: {
  differences: readonly ChecklistDifference[];
  between: Parameters<typeof differenceWords>[1];
}) {
  const { t } = useTranslation("versions");
  // The shared wording takes plain keys of this namespace.
  const translate: VersionsTranslate = (key, options) => t(key as never, options) as string;
  return (
    <ul className="versions-list">
      {differences.map((difference, index) => {
        const words = differenceWords(difference, between, translate);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole for each pair of versions.
          <li key={index}>
            <strong>{words.summary}</strong>
            {difference.version && (
              <span className="field-hint"> ({t("diff.declaredIn", { version: difference.version })})</span>
            )}
            {words.details.map((detail) => (
              <span key={detail} className="versions-detail">
                {detail}
              </span>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
