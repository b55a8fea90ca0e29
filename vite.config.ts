/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { suomifiDesignTokens } from "suomifi-design-tokens";
import { defineConfig, type Plugin } from "vite";
import { CONTENT_SECURITY_POLICY } from "./src/build/content-security-policy.ts";
import { prerenderFirstScreen } from "./src/build/first-screen.ts";

const TOKENS_ID = "virtual:suomifi-tokens.css";

function kebab(name: string): string {
  // highlightDark1 → highlight-dark1, the names styles.css uses.
  return name.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
}

/** Turns the Suomi.fi design tokens into CSS custom properties at build time, so no token code ships. */
function suomifiTokens(): Plugin {
  return {
    name: "suomifi-tokens",
    resolveId: (id) => (id === TOKENS_ID ? `\0${TOKENS_ID}` : undefined),
    load(id) {
      if (id !== `\0${TOKENS_ID}`) return undefined;
      const { colors, spacing, radiuses } = suomifiDesignTokens.values;
      const lines = [
        ...Object.entries(colors).map(([k, v]) => `--fi-color-${kebab(k)}: ${v.hsl};`),
        ...Object.entries(spacing).map(([k, v]) => `--fi-spacing-${kebab(k)}: ${v.value}${v.unit ?? ""};`),
        ...Object.entries(radiuses).map(([k, v]) => `--fi-radius-${kebab(k)}: ${v.value}${v.unit ?? ""};`),
      ];
      return `:root{${lines.join("")}}`;
    },
  };
}

/** Build only, because the dev server injects an inline React refresh script. */
function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

/** The Latin faces every page uses, fetched beside the script so the first paint has them already. */
const FIRST_PAINT_FONTS = /source-sans-pro-latin-(400|600)-normal-[\w-]+\.woff2$/;

/**
 * Preloads the two fonts of the first paint. Without it they arrive after the script and the text reflows
 * when they swap in: the navigation wraps differently in the fallback font, and the page shifts (CLS).
 */
function preloadFonts(): Plugin {
  return {
    name: "preload-fonts",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (_html, context) =>
        Object.keys(context.bundle ?? {})
          .filter((file) => FIRST_PAINT_FONTS.test(file))
          .map((file) => ({
            tag: "link",
            attrs: { rel: "preload", as: "font", type: "font/woff2", href: `./${file}`, crossorigin: "" },
            injectTo: "head" as const,
          })),
    },
  };
}

export default defineConfig({
  plugins: [react(), suomifiTokens(), contentSecurityPolicy(), preloadFonts(), prerenderFirstScreen()],
  base: "./",
  build: { target: "es2022", reportCompressedSize: false },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["./tests/setup-vitest.ts"],
    // Component tests render whole pages on jsdom: a few seconds each on a loaded two-core machine, so
    // the 5 s default fails on load, not on a fault. A hung test still fails, within 20 s.
    testTimeout: 20_000,
  },
});
