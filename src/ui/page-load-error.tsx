import { Component, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CodeLoadError } from "./retryable-lazy";

/**
 * Chromium's, Firefox's and Safari's words for a dynamic import that failed, Vite's for its CSS, and the
 * three browsers' for a fetch that got no answer (the PDF fonts).
 */
const IMPORT_FAILURE =
  /dynamically imported module|importing a module script failed|unable to preload css|failed to fetch|networkerror|load failed/i;

/** True for an error that means some code or file did not arrive, rather than a fault in it. */
export function isCodeLoadFailure(error: unknown): boolean {
  return error instanceof CodeLoadError || (error instanceof Error && IMPORT_FAILURE.test(error.message));
}

/**
 * The message in place of code that could not be fetched, in the user's language, with a way to try again.
 * `part` names a piece of a page (a chart, the PDF code) rather than the whole page.
 */
export function CodeLoadMessage({ onRetry, part = false }: { onRetry: () => void; part?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{part ? t("offline.partTitle") : t("offline.pageTitle")}</p>
      <p>{part ? t("offline.partBody") : t("offline.pageBody")}</p>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        {t("offline.retry")}
      </button>
    </div>
  );
}

/**
 * For code a click loads (the PDF's): Chromium answers a second import() of a failed module with the same
 * failure, so trying again means loading the page afresh, once there is a network to load it from.
 */
export function reloadWhenOnline(): void {
  if (navigator.onLine) window.location.reload();
}

/**
 * Vite's preloader never asks again for a stylesheet it once tried: a re-imported page would come without
 * its styles, so a failed one means loading the page afresh. The disabled link to the inlined first-screen
 * stylesheet has no sheet by design (src/build/first-screen.ts).
 */
function hasFailedStylesheet(): boolean {
  return [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])')].some(
    (link) => !link.sheet,
  );
}

interface BoundaryProps {
  children: ReactNode;
  /** Forgets the failed load (retryableLazy's retry) before the children render again. */
  onRetry: () => void;
  part?: boolean;
  /** Loads the document afresh; a test gives its own. */
  reload?: () => void;
}

interface BoundaryState {
  error: unknown;
  hasRetried: boolean;
}

/**
 * Catches a failed code load below it and shows CodeLoadMessage; the header, navigation and footer around
 * it stay. Retry imports the code again. Chromium keeps a failed module fetch for the document's lifetime
 * (it answers a second import() with the same failure, without a request), so when the re-import fails
 * too while the browser is online, the page is loaded afresh, on the same route: the only way left to
 * fetch the code. Offline, the message stays (a reload would show the browser's own error page). A code
 * load it cannot retry itself (a lazy part deeper in the page, a page whose stylesheet failed) reloads at
 * once when online. Any other error is not its business and goes on up.
 */
export class CodeLoadBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, hasRetried: false };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    if (this.state.hasRetried && isCodeLoadFailure(error) && navigator.onLine) this.reload();
  }

  reload = () => (this.props.reload ?? (() => window.location.reload()))();

  retry = () => {
    const canImportAgain = this.state.error instanceof CodeLoadError && !hasFailedStylesheet();
    if (!canImportAgain && navigator.onLine) {
      this.reload();
      return;
    }
    this.props.onRetry();
    this.setState({ error: null, hasRetried: true });
  };

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!isCodeLoadFailure(error)) throw error;
    return <CodeLoadMessage onRetry={this.retry} part={this.props.part} />;
  }
}
