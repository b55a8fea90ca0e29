import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import type { Language } from "../../src/domain/localized";
import { AppShell } from "./pages/app-shell";
import { expectNoViolations } from "./support/axe";
import { checklist } from "./support/checklist";
import { texts } from "./support/texts";

const [firstTheme] = checklist.themes;
if (!firstTheme) throw new Error("the checklist has themes");
const [hiddenA, hiddenB, kept] = firstTheme.items;
if (!hiddenA || !hiddenB || !kept) throw new Error("the first theme has three items");
const LOCAL_TEXT = "Kylätoimikunnat kutsutaan yhdistysiltoihin";

async function hide(page: Page, shell: AppShell, text: string, why: string) {
  const row = page.getByRole("listitem").filter({ has: page.getByText(text, { exact: true }) });
  await row.getByText(shell.t("adapt:edit.hide"), { exact: true }).first().click();
  await row.getByRole("textbox", { name: shell.t("adapt:edit.why") }).fill(why);
  await row.getByRole("button", { name: shell.t("adapt:edit.hide") }).click();
  // The row now shows the item struck through with its reason (the status line says the same).
  await expect(
    page.locator(".adapt-item-hidden").filter({ hasText: shell.t("adapt:edit.hidden", { why }) }),
  ).toBeVisible();
}

test("a region adapts the checklist, answers it, shares the file, and compares with Koski Tl", async ({
  page,
  browser,
}) => {
  test.slow();
  const shell = new AppShell(page, "fi");
  const t = shell.t;
  await shell.open("/adapt");
  await expect(shell.heading).toHaveText(t("adapt:page.title"));
  await expectNoViolations(page, "adapt page, nothing kept (fi)");

  await page.getByRole("textbox", { name: t("adapt:create.name") }).fill("Loimaan seutu");
  await page.getByRole("button", { name: t("adapt:create.submit") }).click();
  await expect(
    page.getByRole("heading", { name: t("adapt:edit.title", { title: "Loimaan seutu" }) }),
  ).toBeVisible();

  await hide(page, shell, hiddenA.text.fi, "Seudulla ei ole yhteistä koollekutsujaa");
  await hide(page, shell, hiddenB.text.fi, "Ei koske pieniä kuntia");

  const sources = page.getByRole("region", { name: t("adapt:sources.title") });
  await sources.getByRole("textbox", { name: t("adapt:sources.titleField") }).fill("Seutuhallituksen päätös");
  await sources.getByLabel(t("adapt:sources.date")).fill("2026-03-12");
  await sources.getByRole("button", { name: t("adapt:sources.add") }).click();
  await expect(page.getByText(t("adapt:sources.added", { title: "Seutuhallituksen päätös" }))).toBeVisible();

  // A local item in Finnish only: the other languages stay missing, never invented.
  const local = page.getByRole("region", { name: t("adapt:local.title") });
  const fi = t("adapt:language.fi");
  await local.getByRole("textbox", { name: t("adapt:local.text", { language: fi }) }).fill(LOCAL_TEXT);
  await local
    .getByRole("textbox", { name: t("adapt:local.help", { language: fi }) })
    .fill("Kutsu lähetetään kaikille.");
  await local
    .getByRole("textbox", { name: t("adapt:local.suggestion", { language: fi }) })
    .fill("Kutsukaa kylätoimikunnat mukaan.");
  await local.getByRole("button", { name: t("adapt:local.add") }).click();
  await expect(page.getByText(t("adapt:local.added", { theme: firstTheme.title.fi }))).toBeVisible();
  await expect(page.getByText(LOCAL_TEXT, { exact: true })).toBeVisible();
  await expectNoViolations(page, "adapt page, editing (fi)");

  await page.getByRole("button", { name: t("adapt:edit.close") }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: t("adapt:kept.export") }).click(),
  ]);
  const file = JSON.parse(await readFile((await download.path()) ?? "", "utf8"));
  expect(file.adaptation.hidden.map((entry: { item: string }) => entry.item)).toEqual([
    hiddenA.id,
    hiddenB.id,
  ]);
  const localItem = file.themes[0].items.find((item: { local?: boolean }) => item.local);
  expect(localItem.text).toEqual({ fi: LOCAL_TEXT });

  await page.getByRole("button", { name: t("adapt:kept.start") }).click();
  await expect(shell.heading).toHaveText(t("assessment:details.title"));
  await shell.open(`/assessment/theme/${firstTheme.id}`);
  await expect(page.getByRole("group", { name: `1. ${kept.text.fi}`, exact: true })).toBeVisible();
  const localGroup = page.getByRole("group", { name: new RegExp(LOCAL_TEXT) });
  await localGroup.getByRole("radio", { name: t("common:answer.level2"), exact: true }).check();
  await page
    .getByRole("group", { name: `1. ${kept.text.fi}`, exact: true })
    .getByRole("radio", { name: t("common:answer.level3"), exact: true })
    .check();

  // In Swedish the local item shows its Finnish text, marked as Finnish, and says its translation is missing.
  await shell.languageButton("sv").click();
  await expect(page.getByText(texts("sv")("review:untranslated.fi"))).toBeVisible();
  await expect(page.locator("legend span[lang='fi']").filter({ hasText: LOCAL_TEXT })).toBeVisible();
  await shell.languageButton("fi").click();

  await shell.open("/compare");
  const note = page.getByRole("region", { name: t("adaptationNote:title") });
  await expect(note).toContainText(t("adaptationNote:hidden", { count: 2 }));
  await expect(note).toContainText("Seudulla ei ole yhteistä koollekutsujaa");
  await expect(note).toContainText(t("adaptationNote:local", { count: 1 }));
  await expect(note).toContainText(LOCAL_TEXT);
  await expect(page.getByRole("radio", { name: "Koski Tl" })).toBeChecked();
  await expectNoViolations(page, "comparison of an adapted checklist with Koski Tl (fi)");

  // The file shared with another municipality: loaded in a fresh browser, in Swedish.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const sv = new AppShell(otherPage, "sv" satisfies Language);
  await sv.open("/adapt");
  await sv.languageButton("sv").click();
  await otherPage.getByLabel(sv.t("adapt:load.choose")).setInputFiles({
    name: "loimaan-seutu.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(
    otherPage.getByText(sv.t("adapt:load.loaded", { title: "Loimaan seutu", version: "1.0.0" })),
  ).toBeVisible();
  await expect(otherPage.getByRole("heading", { level: 3, name: "Loimaan seutu" })).toBeVisible();
  await expectNoViolations(otherPage, "adapt page with a loaded checklist (sv)");

  // A broken file changes nothing and says what is wrong.
  await otherPage.getByLabel(sv.t("adapt:load.choose")).setInputFiles({
    name: "rikki.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...file, themes: [] })),
  });
  await expect(otherPage.getByRole("alert")).toContainText(
    sv.t("adapt:load.problems", { name: "rikki.json" }),
  );
  await expect(otherPage.getByRole("heading", { level: 3, name: "Loimaan seutu" })).toBeVisible();
  await expectNoViolations(otherPage, "adapt page with a refused file (sv)");
  await other.close();
});
