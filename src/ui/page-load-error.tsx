import { Component, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { CodeLoadError } from "./retryable-lazy";

/** Chromium's, Firefox's and Safari's words for a dynamic import that failed, and Vite's for its CSS. */
const IMPORT_FAILURE = /dynamically imported module|importing a module script failed|unable to preload css/i;

/** True for an error that means some code did not arrive, rather than a fault in it. */
export function isCodeLoadFailure(error: unknown): boolean {
  return error instanceof CodeLoadError || (error instanceof Error && IMPORT_FAILURE.test(error.message));
}

/**
 * The message in place of code that could not be fetched, in the user's language, with a way to try again.
 * `part` names a piece of a page (a chart, the PDF code) rather than the whole page.
 */
export function CodeLoadMessage({ onRetry, part = false }: { onRetry: () => void; part?: boolean }) {
  const { t } = useTranslation();
  const [isRetrying, setIsRetrying] = useState(false);
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{part ? t("offline.partTitle") : t("offline.pageTitle")}</p>
      <p>{part ? t("offline.partBody") : t("offline.pageBody")}</p>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={isRetrying}
        onClick={() => {
          if (isRetrying) return;
          setIsRetrying(true);
          onRetry();
        }}
      >
        {isRetrying ? t("offline.retrying") : t("offline.retry")}
      </button>
    </div>
  );
}

interface BoundaryProps {
  children: ReactNode;
  /** Forgets the failed load (retryableLazy's retry) before the children render again. */
  onRetry: () => void;
  part?: boolean;
}

/**
 * Catches a failed code load below it and shows CodeLoadMessage; the header, navigation and footer around
 * it stay. Retry renders the children again after `onRetry`. A code load it cannot retry itself (a lazy
 * part deeper in the page keeps its failure) reloads the page instead. Any other error is not its business
 * and goes on up.
 */
export class CodeLoadBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  retry = () => {
    if (!(this.state.error instanceof CodeLoadError)) {
      window.location.reload();
      return;
    }
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!isCodeLoadFailure(error)) throw error;
    return <CodeLoadMessage onRetry={this.retry} part={this.props.part} />;
  }
}
