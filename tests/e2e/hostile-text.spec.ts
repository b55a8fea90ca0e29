import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page, test } from "@playwright/test";
import type { Assessment } from "../../src/domain/assessment";
import { readPdf } from "../pdf-text";
import { enabledInput } from "./pages/enabled-input";
import { assessmentFile } from "./pages/perspectives-page";
import { ReportPage } from "./pages/report-page";
import { StartPage } from "./pages/start-page";
import { checklist } from "./support/checklist";
import { texts } from "./support/texts";

/**
 * Markup where a user's text goes: a file from someone else must never run script or add elements, and every
 * text must read exactly as written, on screen, in the PDF and in the CSV. (A share-link preview, issue 9,
 * does not exist yet.)
 */
const HOSTILE = {
  municipality: `<img src=x onerror="window.__xss=1">`,
  note: `<script>window.__xss=1</script>`,
  // A leading = makes a spreadsheet formula: the CSV must write it with a leading '.
  formulaNote: `=HYPERLINK("x";"<b>click</b>")`,
  reason: `"><svg onload="window.__xss=1">`,
  action: `</textarea><img src=x onerror=window.__xss=1>`,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the payload, written as is.
  responsible: "{{appName}} ${window.__xss=1}",
  event: `<iframe src="javascript:window.__xss=1"></iframe>`,
} as const;

const [theme] = checklist.themes;
const [noteItem, formulaItem, reasonItem] = theme?.items ?? [];
if (!theme || !noteItem || !formulaItem || !reasonItem) throw new Error("the first theme needs three items");

function member(id: string, municipality: string, extra: Partial<Assessment> = {}): Assessment {
  return {
    id,
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: checklist.id, version: checklist.version },
    meta: { municipality, year: 2026, respondentRole: "municipality", date: "2026-11-23" },
    answers: Object.fromEntries(
      checklist.themes.flatMap((each) => each.items).map((item) => [item.id, { kind: "level", level: 3 }]),
    ),
    targets: {},
    actions: [],
    calendar: [],
    updatedAt: "2026-11-23T12:00:00.000Z",
    ...extra,
  };
}

const hostile: Assessment = (() => {
  const base = member("hostile-text-0001", HOSTILE.municipality);
  return {
    ...base,
    answers: {
      ...base.answers,
      [noteItem.id]: { kind: "level", level: 3, note: HOSTILE.note },
      [formulaItem.id]: { kind: "level", level: 2, note: HOSTILE.formulaNote },
      [reasonItem.id]: { kind: "notApplicable", reason: HOSTILE.reason },
    },
    actions: [
      {
        id: "action-1",
        what: HOSTILE.action,
        responsible: HOSTILE.responsible,
        due: "2027-09-30",
        status: "planned",
        itemId: noteItem.id,
      },
    ],
    calendar: [{ id: "event-1", title: HOSTILE.event, month: 5 }],
  };
})();

/** Every alert, confirm or prompt the page opens, dismissed at once. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Everything a payload could have left behind: its flag, a dialog, or an element it made. */
async function expectNothingRan(page: Page, dialogs: readonly string[], where: string): Promise<void> {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), `window.__xss on ${where}`).toBe(
    undefined,
  );
  expect(dialogs, `dialogs on ${where}`).toEqual([]);
  const injected = page.locator(
    "main script, main iframe, main img[src='x'], main [onerror], main [onload], main b",
  );
  await expect(injected, `elements injected on ${where}`).toHaveCount(0);
}

/** The text stands on the page as an element's whole text, exactly as written. */
async function expectShown(scope: Locator, text: string): Promise<void> {
  await expect(scope.getByText(text, { exact: true }).first()).toBeVisible();
}

/** What the form fields in main hold (notes and reasons are edited in text fields). */
function fieldValues(page: Page): Promise<string[]> {
  return page
    .locator("main textarea, main input")
    .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
}

/** RFC 4180 cells with ";" between them (the app's CSV), quotes doubled inside quoted cells. */
function csvCells(csv: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let isQuoted = false;
  for (let index = 0; index < csv.length; index++) {
    const char = csv[index];
    if (isQuoted) {
      if (char === '"' && csv[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') isQuoted = false;
      else cell += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ";" || char === "\n") {
      cells.push(cell.replace(/\r$/, ""));
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

test("a file full of markup runs nothing and reads as written on every page and in the PDF", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const dialogs = recordDialogs(page);
  const t = texts("fi");

  // Single-file import on the start page.
  const start = new StartPage(page, "fi");
  await start.goto();
  await start.fileInput.setInputFiles(assessmentFile("vihamielinen.json", hostile));
  await page.waitForURL(/#\/assessment\/details$/);
  await expectNothingRan(page, dialogs, "import");

  await expect(page.getByRole("combobox", { name: t("assessment:details.municipality") })).toHaveValue(
    HOSTILE.municipality,
  );
  await expectNothingRan(page, dialogs, "details");

  await start.open(`/assessment/theme/${theme.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(theme.title.fi);
  await expect
    .poll(() => fieldValues(page))
    .toEqual(expect.arrayContaining([HOSTILE.note, HOSTILE.formulaNote, HOSTILE.reason]));
  await expectNothingRan(page, dialogs, "theme");

  await start.open("/results");
  await expectShown(start.main, HOSTILE.municipality);
  await expectNothingRan(page, dialogs, "results");

  // The same file as the other side of the comparison: its name heads that side.
  await start.open("/compare");
  await page.getByRole("radio", { name: t("compare:picker.file"), exact: true }).check();
  await enabledInput(page, t("compare:picker.fileLabel")).setInputFiles(
    assessmentFile("vihamielinen.json", hostile),
  );
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: t("compare:profile.heading", { name: HOSTILE.municipality }),
    }),
  ).toBeVisible();
  await expectNothingRan(page, dialogs, "compare");

  // The invitation carries the name in its query, encoded.
  await start.open("/perspectives");
  const invitation = await page
    .getByRole("textbox", { name: t("perspectives:invite.linkLabel"), exact: true })
    .inputValue();
  expect(new URLSearchParams(invitation.split("?")[1]).get("municipality")).toBe(HOSTILE.municipality);
  // An association's answers, from a file whose very name is markup: listed by that name, as written.
  const association = member("hostile-text-0004", HOSTILE.municipality);
  association.meta.respondentRole = "association";
  const fileName = `${HOSTILE.municipality}.json`;
  await enabledInput(page, t("perspectives:files.pick")).setInputFiles(assessmentFile(fileName, association));
  await expectShown(start.main, t("perspectives:files.accepted", { file: fileName }));
  await expectNothingRan(page, dialogs, "perspectives");

  await start.open("/plan");
  await expectShown(start.main, HOSTILE.action);
  await expectShown(start.main, HOSTILE.responsible);
  await expectNothingRan(page, dialogs, "plan");

  await start.open("/plan/annual-clock");
  await expectShown(start.main, HOSTILE.event);
  await expectNothingRan(page, dialogs, "annual clock");

  // The PDF, with the notes.
  const report = new ReportPage(page, "fi");
  await report.goto();
  await report.notes.check();
  const [download] = await Promise.all([page.waitForEvent("download"), report.createButton.click()]);
  const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
  for (const text of Object.values(HOSTILE)) expect(pdf.text).toContain(text.replace(/\s+/g, " "));
  await expectNothingRan(page, dialogs, "report");
});

test("as a workshop member the same file runs nothing in the regional view, its CSV, the member page and projector mode", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const dialogs = recordDialogs(page);
  const app = new StartPage(page, "fi");
  const t = app.t;
  await app.open("/workshops");
  await page.getByLabel(t("workshop:create.label")).fill("Vihamielinen työpaja");
  await page.getByRole("button", { name: t("workshop:create.submit") }).click();
  await page.waitForURL(/#\/workshops\/[^/]+$/);
  const workshopPath = new URL(page.url()).hash.slice(1);
  // Three members, so that the regional figures are shown (never over fewer than 3).
  await enabledInput(page, t("workshop:add.files")).setInputFiles([
    assessmentFile("vihamielinen.json", hostile),
    assessmentFile("masku.json", member("hostile-text-0002", "Masku")),
    assessmentFile("turku.json", member("hostile-text-0003", "Turku")),
  ]);
  const rows = page.locator("table.member-table tbody tr");
  await expect(rows).toHaveCount(3);
  await expectShown(page.locator("table.member-table"), HOSTILE.municipality);
  await expectNothingRan(page, dialogs, "workshop");

  // The heatmap names every member in a column header once it has been drawn.
  const heatmap = page.locator("table.heatmap");
  await expect(async () => {
    await page.getByRole("heading", { name: t("workshop:heatmap.heading") }).scrollIntoViewIfNeeded();
    await expect(heatmap).toBeAttached({ timeout: 500 });
  }).toPass();
  await expect(page.locator(".heatmap-scroll")).toHaveAttribute("aria-busy", "false");
  await expect(heatmap.locator("thead th").getByText(HOSTILE.municipality, { exact: true })).toHaveCount(1);
  await expectNothingRan(page, dialogs, "heatmap");

  // The long CSV with notes: the name and the notes as written, the formula made inert with a leading '.
  await page.getByRole("checkbox", { name: t("workshop:csv.withNotes") }).check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: t("workshop:csv.long") }).click(),
  ]);
  const cells = csvCells((await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, ""));
  expect(cells).toContain(HOSTILE.municipality);
  expect(cells).toContain(HOSTILE.note);
  expect(cells).toContain(`'${HOSTILE.formulaNote}`);
  expect(cells).not.toContain(HOSTILE.formulaNote);

  // The member's own page, notes and reasons shown.
  await page.locator("table.member-table").getByRole("link", { name: HOSTILE.municipality }).click();
  await expect(app.heading).toHaveText(HOSTILE.municipality);
  await page.getByRole("checkbox", { name: t("workshop:member.showNotes") }).check();
  await expectShown(app.main, HOSTILE.note);
  await expectShown(app.main, HOSTILE.formulaNote);
  await expectShown(app.main, t("workshop:member.reason", { reason: HOSTILE.reason }));
  await expectNothingRan(page, dialogs, "member page");

  // Projector mode: item 1.1's slide names who has it fully in place.
  await app.open(`${workshopPath}/present`);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expectShown(page.locator(".projector"), HOSTILE.municipality);
  await expectNothingRan(page, dialogs, "projector");
});
