import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { useAppStore } from "../../store/app-store";
import { Alert } from "../../ui/alert";
import { SourceLine } from "../../ui/source-line";
import { type OtherSide, otherSideName } from "./use-other-side";

function ExampleBasis({ side, checklist }: { side: OtherSide & { kind: "example" }; checklist: Checklist }) {
  const { t } = useTranslation("compare");
  const language = useAppStore((state) => state.language);
  const { profile } = side.example;
  return (
    <>
      <p>{profile.description[language]}</p>
      <p>{t("profile.exampleBasis")}</p>
      <p className="compare-sources-label">{t("profile.sources")}</p>
      <ul className="compare-sources">
        {profile.sources.map((seed) => (
          <li key={seed}>
            <SourceLine checklist={checklist} seed={seed} isBare />
          </li>
        ))}
      </ul>
    </>
  );
}

function FileBasis({ side }: { side: OtherSide & { kind: "file" } }) {
  const { t } = useTranslation("compare");
  const { t: tCommon } = useTranslation("common");
  const { meta } = side.assessment;
  return (
    <>
      <p>{t("profile.fileBasis", { file: side.fileName })}</p>
      <p>
        {t("profile.fileMeta", {
          municipality: meta.municipality.trim() || t("profile.noMunicipality"),
          year: meta.year,
          role: tCommon(`role.${meta.respondentRole}`),
        })}
      </p>
    </>
  );
}

/** Answers for items this checklist lacks are listed, not dropped silently. */
function Unmatched({ itemIds }: { itemIds: readonly string[] }) {
  const { t } = useTranslation("compare");
  if (itemIds.length === 0) return null;
  return (
    <Alert tone="info" title={t("profile.unmatchedTitle")}>
      <p>{t("profile.unmatched", { count: itemIds.length })}</p>
      <ul>
        {itemIds.map((itemId) => (
          <li key={itemId}>
            <code>{itemId}</code>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** Who the other side is and where its answers come from. */
export function OtherProfile({ side, checklist }: { side: OtherSide; checklist: Checklist }) {
  const { t } = useTranslation("compare");
  const language = useAppStore((state) => state.language);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="compare-profile">
      <h2 id={headingId}>{t("profile.heading", { name: otherSideName(side, language) })}</h2>
      {side.kind === "example" ? (
        <ExampleBasis side={side} checklist={checklist} />
      ) : (
        <FileBasis side={side} />
      )}
      <Unmatched itemIds={side.unmatchedItemIds} />
    </section>
  );
}
