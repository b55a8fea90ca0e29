/// <reference types="vitest/config" />

import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { suomifiDesignTokens } from "suomifi-design-tokens";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
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
 * The preloads of the two fonts of the first paint, inert in `<template id="font-preloads">` ahead of the
 * first-screen script, which puts them in the page when the service worker has the files and draws the page
 * in the system font otherwise (src/build/first-screen-script.ts). With `font-display: optional`
 * (src/ui/fonts.css) a face that misses the first paint is not used on that page view: swapping one in later
 * would reflow the text (the navigation wraps differently in the fallback).
 */
function preloadFonts(): Plugin {
  return {
    name: "preload-fonts",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html, context) => {
        const links = Object.keys(context.bundle ?? {})
          .filter((file) => FIRST_PAINT_FONTS.test(file))
          .map(
            (file) =>
              `<link rel="preload" as="font" type="font/woff2" href="./${file}" crossorigin fetchpriority="high">`,
          );
        return html.replace(
          "<title>",
          `<template id="font-preloads">${links.join("")}</template>\n    <title>`,
        );
      },
    },
  };
}

const FAST_ZLIB = fileURLToPath(new URL("./src/features/report/pdf/fast-zlib.ts", import.meta.url));

/**
 * jsPDF compresses each stream at fflate's default level and has no option for it; the report's fonts alone
 * took ~40 ms a report. Its import of fflate resolves to src/features/report/pdf/fast-zlib.ts, which asks for
 * level 1 (the rest of fflate passes through unchanged).
 */
function fastPdfCompression(): Plugin {
  return {
    name: "fast-pdf-compression",
    enforce: "pre",
    resolveId(source, importer) {
      return source === "fflate" && importer?.includes("/node_modules/jspdf/") ? FAST_ZLIB : undefined;
    },
  };
}

/** `hsl(214, 100%, 24%)` as `#00357a`: the manifest's colours are read outside CSS, so plain hex is safest. */
function hslToHex({ h, s, l }: { h: number; s: number; l: number }): string {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/**
 * The app works offline once visited: every file of the build is precached, because any page, the PDF code
 * and fonts, the import worker and the checklists may be needed without a network. A new version waits
 * until the user chooses to update (src/app/update-prompt.tsx), so no reload ever comes in the middle of
 * typing. The page registers the worker itself (src/app/service-worker.ts), after the first paint.
 */
function offlineApp() {
  return VitePWA({
    registerType: "prompt",
    injectRegister: false,
    devOptions: { enabled: false },
    // public/ is in globPatterns already (the plugin adds the manifest itself); listing the icons again
    // would precache them twice.
    includeManifestIcons: false,
    manifest: {
      name: "Kumppanuuspeili",
      short_name: "Kumppanuuspeili",
      description: "Järjestöystävällisen kunnan itsearviointi",
      lang: "fi",
      start_url: "./",
      scope: "./",
      display: "standalone",
      theme_color: hslToHex(suomifiDesignTokens.values.colors.brandBase),
      background_color: "#ffffff",
      icons: [
        { src: "icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
        { src: "icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
        { src: "icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        { src: "icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      ],
    },
    workbox: {
      globPatterns: ["**/*.{html,js,css,woff2,woff,ttf,json,svg,png}"],
      // The largest chunk is ~0.4 MB and each PDF font ~0.3 MB; the 2 MiB default would silently leave out
      // anything that grows past it, and that page would then fail offline.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: "index.html",
      cleanupOutdatedCaches: true,
      // The first visit's page is served by the worker at once, so it works offline without a reload.
      // The update's activation still waits for the user's choice (no skipWaiting).
      clientsClaim: true,
    },
  });
}

export default defineConfig({
  plugins: [
    react(),
    fastPdfCompression(),
    suomifiTokens(),
    contentSecurityPolicy(),
    preloadFonts(),
    prerenderFirstScreen(),
    offlineApp(),
  ],
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
