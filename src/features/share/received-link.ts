import { paths } from "../../ui/paths";

/**
 * The data of the share link this page was opened with. It leaves the address bar as soon as it is read
 * (so it is not kept in the history or a bookmark) and lives here until it is imported or the page closes.
 */
let received: string | null = null;

/** The link's data: from the path it was opened with, or the one received earlier in this page view. */
export function linkData(fromPath: string | null): string | null {
  return fromPath ?? received;
}

/**
 * Keeps the data and replaces the address with `#/share`. The router hears of it as of any other hash change,
 * so the page is shown for the path the address now has.
 */
export function receiveLink(data: string): void {
  received = data;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, "", `${pathname}${search}#${paths.share}`);
  window.dispatchEvent(new HashChangeEvent("hashchange"));
}

/** Once imported, the link's data is not kept any longer. */
export function forgetLink(): void {
  received = null;
}
