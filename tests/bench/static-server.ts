import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

/** Text that a static host would compress; fonts and images are compressed already. */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".txt"]);

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234/`, always with the trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built app the way a plain static host does: gzip for text (so Lighthouse's simulated
 * network sees real transfer sizes), long caching for hashed assets, and no SPA fallback
 * (the app uses hash routes, so it never needs one). Anything outside `root` is a 404.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      const file = path.join(base, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
      const isInside = file === base || file.startsWith(`${base}${path.sep}`);
      const info = isInside ? await stat(file).catch(() => null) : null;
      if (!info?.isFile()) {
        response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      const extension = path.extname(file);
      let body = await readFile(file);
      const headers: Record<string, string> = {
        "content-type": TYPES[extension] ?? "application/octet-stream",
        "cache-control": pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      };
      if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
        body = gzipSync(body, { level: 9 });
        headers["content-encoding"] = "gzip";
        headers.vary = "accept-encoding";
      }
      headers["content-length"] = String(body.length);
      response.writeHead(200, headers).end(request.method === "HEAD" ? undefined : body);
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** For a bench file run on its own: serves an existing build (BENCH_DIST, default `dist/`) while `measure` runs. */
export async function withExistingBuild(measure: (url: string) => Promise<void>): Promise<void> {
  const server = await startStaticServer(process.env.BENCH_DIST ?? "dist");
  try {
    await measure(server.url);
  } finally {
    await server.close();
  }
}
