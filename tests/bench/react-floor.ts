import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build } from "vite";

const FLOOR_ROOT = fileURLToPath(new URL("./react-floor", import.meta.url));

/**
 * Builds tests/bench/react-floor (a React 19 page with one heading and one paragraph) into `outDir` with the
 * same Vite and React plugin as the app but none of the app's config, so its first paint is what React alone
 * costs: the yardstick for `fcp_ratio_to_react_floor`.
 */
export async function buildReactFloor(outDir: string): Promise<string> {
  await build({
    root: FLOOR_ROOT,
    configFile: false,
    logLevel: "warn",
    base: "./",
    plugins: [react()],
    build: { outDir: path.resolve(outDir), emptyOutDir: true, target: "es2022", reportCompressedSize: false },
  });
  return path.resolve(outDir);
}
