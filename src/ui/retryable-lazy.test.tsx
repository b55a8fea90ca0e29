import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Component, type ReactNode, Suspense } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "../../tests/render-app";
import { CodeLoadBoundary } from "./page-load-error";
import { retryableLazy } from "./retryable-lazy";

function Loaded({ name }: { name: string }) {
  return <h1>{name}</h1>;
}

/** Fails `failures` times the way a dynamic import does offline, then gives the module. */
function flakyImport(failures: number) {
  let calls = 0;
  const load = vi.fn(async () => {
    calls += 1;
    if (calls <= failures) throw new TypeError("Failed to fetch dynamically imported module: x.js");
    return { default: Loaded };
  });
  return load;
}

class Outer extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>outer: {this.state.error.message}</p> : this.props.children;
  }
}

function renderLazy(
  load: Parameters<typeof retryableLazy<{ name: string }>>[0],
  options: { language?: "fi" | "sv" | "en"; reload?: () => void } = {},
) {
  const { Component: Page, retry } = retryableLazy(load);
  return renderWithApp(
    <>
      <header>Otsikko</header>
      <CodeLoadBoundary onRetry={retry} reload={options.reload ?? (() => {})}>
        <Suspense fallback={<p>…</p>}>
          <Page name="Tulokset" />
        </Suspense>
      </CodeLoadBoundary>
    </>,
    { language: options.language },
  );
}

afterEach(() => vi.restoreAllMocks());

describe("retryableLazy with CodeLoadBoundary", () => {
  it("shows the page once its code arrives", async () => {
    renderLazy(flakyImport(0));
    expect(await screen.findByRole("heading", { name: "Tulokset" })).toBeVisible();
  });

  it("shows a message with Retry when the code cannot be fetched, and loads again on Retry", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const load = flakyImport(1);
    renderLazy(load);
    expect(await screen.findByRole("alert")).toHaveTextContent("Sivua ei voitu ladata");
    expect(screen.getByText("Otsikko")).toBeVisible();
    await userEvent.setup().click(screen.getByRole("button", { name: "Yritä uudelleen" }));
    expect(await screen.findByRole("heading", { name: "Tulokset" })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("keeps offering Retry while the network is still away, without reloading", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const isOnline = vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    const load = flakyImport(2);
    const reload = vi.fn();
    renderLazy(load, { language: "sv", reload });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Försök igen" }));
    await user.click(await screen.findByRole("button", { name: "Försök igen" }));
    expect(await screen.findByRole("heading", { name: "Tulokset" })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(3);
    expect(reload).not.toHaveBeenCalled();
    isOnline.mockRestore();
  });

  it("loads the page afresh when online and the browser still answers with the old failure", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const load = flakyImport(Number.POSITIVE_INFINITY);
    const reload = vi.fn();
    renderLazy(load, { reload });
    await userEvent.setup().click(await screen.findByRole("button", { name: "Yritä uudelleen" }));
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("leaves any other error to the boundaries above", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { Component: Page, retry } = retryableLazy(async () => ({
      default: (): ReactNode => {
        throw new Error("a fault in the page");
      },
    }));
    renderWithApp(
      <Outer>
        <CodeLoadBoundary onRetry={retry}>
          <Suspense fallback={<p>…</p>}>
            <Page />
          </Suspense>
        </CodeLoadBoundary>
      </Outer>,
    );
    expect(await screen.findByText("outer: a fault in the page")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Yritä uudelleen" })).toBeNull();
  });
});
