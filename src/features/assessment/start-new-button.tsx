import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { paths } from "../../ui/paths";
import { navigate } from "../../ui/router";
import { startNewAssessment } from "./start-assessment";

/** Starting over throws away the saved answers, so it asks first whenever there are any. */
/** `isReady` is false for the moment the checklist is still loading. */
export function StartNewButton({ hasSaved, isReady }: { hasSaved: boolean; isReady: boolean }) {
  const { t } = useTranslation("assessment");
  const [isConfirming, setConfirming] = useState(false);
  const start = () => {
    startNewAssessment();
    navigate(paths.details);
  };
  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className={`button ${hasSaved ? "button-secondary" : "button-primary"}`}
          disabled={!isReady}
          onClick={() => (hasSaved ? setConfirming(true) : start())}
        >
          {t("start.newButton")}
        </button>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t("start.newConfirmTitle")}
        body={t("start.newConfirmBody")}
        confirmLabel={t("start.newConfirm")}
        cancelLabel={t("start.cancel")}
        onConfirm={() => {
          setConfirming(false);
          start();
        }}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
