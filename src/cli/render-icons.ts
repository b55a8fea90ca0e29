import { readFile, writeFile } from "node:fs/promises";
import { chromium } from "playwright-core";

/**
 * Renders the app icons' PNGs from their SVG sources in public/, so the committed PNGs can be made again
 * exactly: `npx tsx src/cli/render-icons.ts` after changing an SVG. Chromium draws them at device scale 1
 * with a transparent page, so the rounded icon keeps its transparent corners.
 */
const ICONS = [
  { source: "public/icon.svg", target: "public/icon-192.png", size: 192 },
  { source: "public/icon.svg", target: "public/icon-512.png", size: 512 },
  { source: "public/icon-maskable.svg", target: "public/icon-maskable-512.png", size: 512 },
  { source: "public/icon.svg", target: "public/apple-touch-icon.png", size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  for (const { source, target, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const svg = await readFile(source, "utf8");
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await writeFile(target, await page.screenshot({ omitBackground: true, type: "png" }));
    await page.close();
    console.log(`${target} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
