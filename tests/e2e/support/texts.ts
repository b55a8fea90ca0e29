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
  | "perspectives";
type Tree = { [key: string]: string | Tree };

function load(language: Language, namespace: Namespace): Tree {
  const file = new URL(`../../../src/i18n/locales/${language}/${namespace}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, "utf8")) as Tree;
}

export type Translate = (key: `${Namespace}:${string}`, values?: Record<string, string | number>) => string;

/**
 * The app's own UI texts, so selectors use the accessible names users hear in each language.
 * Only plain keys and {{value}} interpolation: enough to name buttons, links and headings.
 */
export function texts(language: Language): Translate {
  const namespaces = new Map<Namespace, Tree>();
  return (key, values = {}) => {
    const [namespace, path] = key.split(":") as [Namespace, string];
    if (!namespaces.has(namespace)) namespaces.set(namespace, load(language, namespace));
    let node: string | Tree | undefined = namespaces.get(namespace);
    for (const part of path.split(".")) node = typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") throw new Error(`no text ${language}/${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name] ?? `{{${name}}}`));
  };
}
