import { readFileSync } from "node:fs";
import type { Language } from "../../../src/domain/localized";

type Namespace =
  | "common"
  | "assessment"
  | "results"
  | "compare"
  | "annualClock"
  | "plan"
  | "report"
  | "perspectives"
  | "workshop"
  | "projector"
  | "about"
  | "share"
  | "shareLink"
  | "history"
  | "library"
  | "versions"
  | "adapt"
  | "adaptationNote"
  | "review";
type Tree = { [key: string]: string | Tree };

function load(language: Language, namespace: Namespace): Tree {
  const file = new URL(`../../../src/i18n/locales/${language}/${namespace}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, "utf8")) as Tree;
}

export type Translate = (key: `${Namespace}:${string}`, values?: Record<string, string | number>) => string;

/**
 * The app's own UI texts, so selectors use the accessible names users hear in each language.
 * Plain keys, {{value}} interpolation and i18next's plural keys (with a `count`, fi, sv and en all take
 * `_one` for 1 and `_other` for the rest): enough to name buttons, links, headings and counts.
 */
export function texts(language: Language): Translate {
  const namespaces = new Map<Namespace, Tree>();
  return (key, values = {}) => {
    const [namespace, path] = key.split(":") as [Namespace, string];
    if (!namespaces.has(namespace)) namespaces.set(namespace, load(language, namespace));
    const parts = path.split(".");
    const last = parts.pop() ?? "";
    let parent: string | Tree | undefined = namespaces.get(namespace);
    for (const part of parts) parent = typeof parent === "object" ? parent[part] : undefined;
    const plural = values.count === undefined ? last : `${last}_${values.count === 1 ? "one" : "other"}`;
    const node = typeof parent === "object" ? (parent[plural] ?? parent[last]) : undefined;
    if (typeof node !== "string") throw new Error(`no text ${language}/${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name] ?? `{{${name}}}`));
  };
}
