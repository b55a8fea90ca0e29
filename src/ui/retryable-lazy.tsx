import { type ComponentType, lazy } from "react";

/** A page's or part's code could not be fetched (offline before the service worker had it, a failed chunk). */
export class CodeLoadError extends Error {
  constructor(cause: unknown) {
    super("The code could not be loaded", { cause });
    this.name = "CodeLoadError";
  }
}

export interface RetryableLazy<P extends object> {
  /** Renders the loaded component; while it loads it suspends, and a failed load throws a CodeLoadError. */
  Component: ComponentType<P>;
  /** Forgets a failed load, so the next render fetches the code again. */
  retry(): void;
}

/**
 * React.lazy keeps a rejected promise for good: after one failed fetch the component could never load,
 * even once the network is back. This one starts a fresh lazy on retry(), and tags the failure, so an
 * error boundary can tell "the code did not arrive" from a fault in the page itself.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): RetryableLazy<P> {
  let hasFailed = false;
  const fresh = () =>
    lazy(() =>
      load().catch((cause: unknown) => {
        hasFailed = true;
        throw new CodeLoadError(cause);
      }),
    );
  let Current = fresh();
  function Loaded(props: P) {
    return <Current {...props} />;
  }
  return {
    Component: Loaded,
    retry: () => {
      if (!hasFailed) return;
      hasFailed = false;
      Current = fresh();
    },
  };
}
