import { type AnchorHTMLAttributes, useSyncExternalStore } from "react";

/** Hash routes keep the app a set of static files that works from any folder, with no server rewrites. */
export function currentPath(): string {
  const path = window.location.hash.replace(/^#/, "");
  return path.startsWith("/") ? path : "/";
}

let hasNavigated = false;
// Absent when the first screen is rendered at build time (src/app/prerender.tsx).
if (typeof window !== "undefined") {
  window.addEventListener("hashchange", () => {
    hasNavigated = true;
  });
}

/**
 * True once the user has moved between pages. On the document's first load focus stays at the top,
 * so the skip link is the first Tab stop; after an in-app navigation focus should follow the user.
 */
export function isInAppNavigation(): boolean {
  return hasNavigated;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => "/");
}

export function navigate(path: string): void {
  window.location.hash = path;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: string };

export function Link({ to, ...rest }: LinkProps) {
  const isCurrent = usePath() === to;
  return <a href={`#${to}`} aria-current={isCurrent ? "page" : undefined} {...rest} />;
}
