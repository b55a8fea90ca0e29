import { type ReactNode, useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { SHELL_ATTRIBUTE, type ShellPage, shellPageFor } from "./page-shell-paths";

/** The build's loading views, taken out of the page before React takes it over (see main.tsx). */
const shells = new Map<ShellPage, Element>();

/**
 * Keeps each prerendered loading view in `root` for the loading states to show (as nodes, not copies: copying
 * a page's worth of markup is a noticeable part of the start-up task). When the start page is hydrated they
 * are taken out, so React finds the tree it renders; otherwise they stay until React's first render replaces
 * them, so the one on show never leaves the screen for a frame.
 */
export function takePrerenderedShells(root: Element, { remove }: { remove: boolean }): void {
  for (const shell of root.querySelectorAll(`[${SHELL_ATTRIBUTE}]`)) {
    shells.set(shell.getAttribute(SHELL_ATTRIBUTE) as ShellPage, shell);
    if (remove) shell.remove();
  }
}

/**
 * While a page's code or data loads: the build's Finnish loading view of that page when there is one (so the
 * view painted from the HTML stays put until the page draws), else `fallback`. The view is the build's own
 * markup, copied as nodes; it holds no text from the user.
 */
export function PrerenderedShell({ path, fallback }: { path: string; fallback: ReactNode }) {
  const { i18n } = useTranslation();
  const page = shellPageFor(path);
  const shell = page && i18n.language === "fi" ? shells.get(page) : undefined;
  const view = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (shell) view.current?.replaceChildren(...shell.cloneNode(true).childNodes);
  }, [shell]);
  return shell ? <div ref={view} className="prerendered-shell" aria-busy="true" /> : fallback;
}
