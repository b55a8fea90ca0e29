import { type ChangeEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import type { Example } from "../../domain/example-file";
import { useAppStore } from "../../store/app-store";
import { Alert } from "../../ui/alert";
import { ProblemList } from "../../ui/problem-list";
import type { OtherSideState } from "./use-other-side";

interface OtherPickerProps {
  examples: readonly Example[];
  isLoading: boolean;
  state: OtherSideState;
}

function FileChooser({ state }: { state: OtherSideState }) {
  const { t } = useTranslation("compare");
  const inputId = useId();
  const hintId = useId();
  const { file } = state;
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const chosen = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires a change.
    input.value = "";
    if (chosen) void state.readChosenFile(chosen);
  };
  return (
    <div className="compare-file">
      <label htmlFor={inputId} className="field-label">
        {t("picker.fileLabel")}
      </label>
      <p id={hintId}>{t("picker.fileHint")}</p>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        className="file-input"
        aria-describedby={hintId}
        onChange={onChange}
      />
      {file.status === "failed" && (
        <Alert tone="error" title={t("picker.errorTitle")}>
          <p>{t("picker.errorIntro", { file: file.fileName })}</p>
          <ProblemList problems={file.problems} />
        </Alert>
      )}
      {file.status === "none" && <p>{t("picker.fileNone")}</p>}
    </div>
  );
}

/** A radio per bundled example plus "an assessment file": native radios, so arrow keys move between them. */
export function OtherPicker({ examples, isLoading, state }: OtherPickerProps) {
  const { t } = useTranslation("compare");
  const name = useId();
  return (
    <>
      <fieldset className="compare-picker">
        <legend className="field-label">{t("picker.legend")}</legend>
        {isLoading ? (
          <p aria-busy="true">{t("picker.loading")}</p>
        ) : (
          <Options examples={examples} state={state} name={name} />
        )}
      </fieldset>
      {!isLoading && state.choice.kind === "file" && <FileChooser state={state} />}
    </>
  );
}

function Options({
  examples,
  state,
  name,
}: {
  examples: readonly Example[];
  state: OtherSideState;
  name: string;
}) {
  const { t } = useTranslation("compare");
  const language = useAppStore((store) => store.language);
  const { choice, choose } = state;
  return (
    <>
      {examples.map((example) => {
        const id = `${name}-${example.profile.id}`;
        return (
          <div className="compare-option" key={example.profile.id}>
            <input
              type="radio"
              id={id}
              name={name}
              checked={choice.kind === "example" && choice.exampleId === example.profile.id}
              onChange={() => choose({ kind: "example", exampleId: example.profile.id })}
            />
            <label htmlFor={id}>{t("picker.example", { name: example.profile.name[language] })}</label>
          </div>
        );
      })}
      <div className="compare-option">
        <input
          type="radio"
          id={`${name}-file`}
          name={name}
          checked={choice.kind === "file"}
          onChange={() => choose({ kind: "file" })}
        />
        <label htmlFor={`${name}-file`}>{t("picker.file")}</label>
      </div>
    </>
  );
}
