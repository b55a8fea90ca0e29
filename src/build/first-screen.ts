import { fileURLToPath } from "node:url";
import { createServer, type Plugin, type Rollup } from "vite";
import { SHELL_ATTRIBUTE, type ShellPage } from "../app/page-shell-paths.ts";
import { FIRST_SCREEN_SCRIPT } from "./first-screen-script.ts";

/** What src/app/prerender.tsx exports; loaded through Vite so its TSX, JSON and aliases work as in the app. */
interface PrerenderModule {
  renderFirstScreen: () => string;
  renderPageShells: () => Record<ShellPage, string>;
}

interface Prerendered {
  firstScreen: string;
  shells: Record<ShellPage, string>;
}

async function prerender(): Promise<Prerendered> {
  const server = await createServer({
    root: fileURLToPath(new URL("../..", import.meta.url)),
    configFile: false,
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false },
    // Only the server render runs here: no browser dependencies to scan or pre-bundle.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule("/src/app/prerender.tsx")) as PrerenderModule;
    return { firstScreen: module.renderFirstScreen(), shells: module.renderPageShells() };
  } finally {
    await server.close();
  }
}

/**
 * The entry's stylesheet as a <style>, its url()s made relative to the page instead of to assets/. A disabled
 * link to the file stays beside it, which the browser does not fetch: Vite's loader of lazy code looks for
 * that link and otherwise adds the same stylesheet again (every rule and font face twice) with a page that
 * shares a module with the first screen.
 */
function inlineStylesheet(html: string, bundle: Record<string, { type: string; source?: unknown }>): string {
  return html.replace(
    /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/,
    (link, file: string) => {
      const asset = bundle[file];
      if (asset?.type !== "asset" || typeof asset.source !== "string") return link;
      const style = `<style>${asset.source.replaceAll("url(./", "url(./assets/")}</style>`;
      return `${style}<link rel="stylesheet" href="./${file}" disabled>`;
    },
  );
}

/**
 * The other pages' loading views at the end of the start page's <main>, hidden, with the rule that shows each
 * on its own page when the first-screen script has marked it (data-shell-page).
 */
function withShells(
  firstScreen: string,
  shells: Record<ShellPage, string>,
): { markup: string; style: string } {
  const pages = Object.keys(shells) as ShellPage[];
  const views = pages.map((page) => `<div ${SHELL_ATTRIBUTE}="${page}">${shells[page]}</div>`).join("");
  const markup = firstScreen.replace("</main>", `${views}</main>`);
  if (markup === firstScreen)
    throw new Error("the prerendered start page has no </main> for the loading views");
  const style = pages
    .map((page) => `html[data-shell-page="${page}"] #main>[${SHELL_ATTRIBUTE}="${page}"]{display:contents}`)
    .join("");
  return { markup, style };
}

/** The module main.tsx imports at once (React and the components), loaded in the first screen's code. */
const FIRST_SCREEN_APP = "/src/app/draw-app.tsx";

/**
 * The files of FIRST_SCREEN_APP's chunk and its static imports, as modulepreload links: fetched with the entry
 * instead of a round trip after it, though evaluated in a task of their own.
 */
function appCodePreloads(html: string, bundle: Rollup.OutputBundle): string {
  const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === "chunk");
  const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(FIRST_SCREEN_APP));
  if (!app) throw new Error(`the build has no chunk for ${FIRST_SCREEN_APP}`);
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files = new Set<string>();
  const add = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) add(imported);
  };
  add(app.fileName);
  return [...files]
    .filter((file) => !html.includes(`href="./${file}"`))
    .map((file) => `\n    <link rel="modulepreload" crossorigin href="./${file}">`)
    .join("");
}

/**
 * The entry script and its modulepreloads, inert in a <template> that the first-screen script puts into the
 * page after the first frame (first-screen-script.ts); the entry becomes a preload link it starts from.
 */
function deferCode(html: string, appPreloads: string): string {
  const tags =
    /(?:\s*<script type="module" crossorigin src="[^"]+"><\/script>|\s*<link rel="modulepreload" crossorigin href="[^"]+">)+/;
  const found = html.match(tags)?.[0];
  if (!found?.includes("<script")) throw new Error("index.html has no module entry script to defer");
  const inert = found
    .trim()
    .replace(
      /<script type="module" crossorigin src="([^"]+)"><\/script>/,
      '<link rel="modulepreload" crossorigin href="$1" data-app-entry>',
    );
  return html.replace(found, `\n    <template id="app-code">${inert}${appPreloads}</template>`);
}

/**
 * Build only: writes the start page's HTML into index.html, with the stylesheet inline, so a first visit
 * paints the page from the HTML alone; main.tsx then hydrates it instead of drawing it again.
 */
export function prerenderFirstScreen(): Plugin {
  return {
    name: "prerender-first-screen",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: async (html, context) => {
        const { firstScreen, shells } = await prerender();
        const { markup, style } = withShells(firstScreen, shells);
        const withMarkup = html
          .replace('<div id="root"></div>', `<div id="root">${markup}</div>`)
          .replace("</head>", `<style>${style}</style>\n  </head>`);
        if (withMarkup === html)
          throw new Error('index.html has no empty <div id="root"></div> to prerender into');
        const inlined = context.bundle ? inlineStylesheet(withMarkup, context.bundle) : withMarkup;
        const page = deferCode(inlined, context.bundle ? appCodePreloads(inlined, context.bundle) : "");
        return page.replace("</title>", `</title>\n    <script>${FIRST_SCREEN_SCRIPT}</script>`);
      },
    },
  };
}
