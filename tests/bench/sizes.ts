import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Vite's build manifest (`build.manifest: true`), keyed by source path or chunk name. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  /** Files such as fonts that the chunk imports by URL. */
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface SizedFile {
  file: string;
  gzipBytes: number;
}

export interface BuildSizes {
  /** JS the browser fetches before the first render: the entry script and everything it imports statically. */
  initialJs: SizedFile[];
  /** Stylesheets that block the first render. */
  initialCss: SizedFile[];
  totalJs: SizedFile[];
}

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

export function sum(files: readonly SizedFile[]): number {
  return files.reduce((total, { gzipBytes }) => total + gzipBytes, 0);
}

function normalise(reference: string): string {
  return reference.replace(/^\.?\//, "");
}

/** Scripts and stylesheets index.html loads itself: the module entry, its modulepreloads and CSS links (inline CSS is in the page). */
function htmlReferences(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || /^[a-z]+:/i.test(src)) continue;
    if (tag.startsWith("<script") && /type="module"/.test(tag)) js.push(normalise(src));
    else if (/rel="modulepreload"/.test(tag)) js.push(normalise(src));
    // A disabled link is never fetched (the first screen's stylesheet is inline beside it).
    else if (/rel="stylesheet"/.test(tag) && !/\sdisabled\b/.test(tag)) css.push(normalise(src));
  }
  return { js, css };
}

/** The files `keys` load before they run: themselves and everything they import statically. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    if (chunk.file.endsWith(".js")) js.add(chunk.file);
    for (const sheet of chunk.css ?? []) css.add(sheet);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return { js: [...js], css: [...css] };
}

/** The entry's static import graph from the manifest; dynamic imports (lazy routes) are left out on purpose. */
function staticGraph(manifest: Manifest): { js: string[]; css: string[] } {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  return staticClosure(
    manifest,
    entries.map(([key]) => key),
  );
}

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(path.join(distDir, ".vite", "manifest.json"), "utf8")) as Manifest;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/**
 * Initial files are the union of what index.html names and the manifest's static graph from the entry,
 * so a chunk is counted even if Vite stops emitting a modulepreload link for it.
 */
export function measureBuild(distDir: string): BuildSizes {
  const fromHtml = htmlReferences(readFileSync(path.join(distDir, "index.html"), "utf8"));
  let fromManifest = { js: [] as string[], css: [] as string[] };
  try {
    fromManifest = staticGraph(readManifest(distDir));
  } catch {
    console.error("bench: no .vite/manifest.json in the build; initial files come from index.html only");
  }
  const sized = (files: Iterable<string>): SizedFile[] =>
    [...new Set(files)].sort().map((file) => ({ file, gzipBytes: gzipSize(path.join(distDir, file)) }));
  const allJs = walk(distDir)
    .map((file) => path.relative(distDir, file).split(path.sep).join("/"))
    .filter((file) => file.endsWith(".js") && !file.startsWith(".vite/"));
  return {
    initialJs: sized([...fromHtml.js, ...fromManifest.js]),
    initialCss: sized([...fromHtml.css, ...fromManifest.css]),
    totalJs: sized(allJs),
  };
}
