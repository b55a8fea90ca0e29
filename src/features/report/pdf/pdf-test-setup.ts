import { readFileSync } from "node:fs";
import i18next from "i18next";
import { expect } from "vitest";
import type { PdfContents } from "../../../../tests/pdf-text";
import enCommon from "../../../i18n/locales/en/common.json";
import enReport from "../../../i18n/locales/en/report.json";
import fiCommon from "../../../i18n/locales/fi/common.json";
import fiReport from "../../../i18n/locales/fi/report.json";
import svCommon from "../../../i18n/locales/sv/common.json";
import svReport from "../../../i18n/locales/sv/report.json";
import type { ReportFonts } from "./fonts";
import { MARGIN, PAGE } from "./layout";

const MM_TO_PT = 72 / 25.4;

/** The app's own texts, in a separate i18next instance, as the renderers get them in the browser. */
export const pdfI18n = i18next.createInstance();
void pdfI18n.init({
  resources: {
    fi: { common: fiCommon, report: fiReport },
    sv: { common: svCommon, report: svReport },
    en: { common: enCommon, report: enReport },
  },
  lng: "fi",
  defaultNS: "common",
  interpolation: { escapeValue: false },
  initAsync: false,
});

const fontFile = (name: string) =>
  readFileSync(new URL(`../../../../node_modules/source-sans-pro/TTF/${name}`, import.meta.url)).toString(
    "latin1",
  );

/** The app's fonts read from disk, as the browser fetches them. */
export const pdfFonts: ReportFonts = {
  regular: fontFile("SourceSansPro-Regular.ttf"),
  bold: fontFile("SourceSansPro-Bold.ttf"),
};

/** Every text item on every page lies inside the A4 page's margins. */
export function expectLaidOutInsideTheMargins(pdf: PdfContents): void {
  const left = MARGIN.left * MM_TO_PT - 1;
  const right = (PAGE.width - MARGIN.right) * MM_TO_PT + 1;
  expect(pdf.size.width).toBeCloseTo(PAGE.width * MM_TO_PT, 0);
  expect(pdf.size.height).toBeCloseTo(PAGE.height * MM_TO_PT, 0);
  const outside = pdf.items.flatMap((items, page) =>
    items
      .filter(
        (item) => item.x < left || item.x + item.width > right || item.y < 0 || item.y > pdf.size.height,
      )
      .map(
        (item) =>
          `page ${page + 1}: "${item.text}" at x ${item.x.toFixed(1)}, width ${item.width.toFixed(1)}`,
      ),
  );
  expect(outside).toEqual([]);
}
