import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import type { Assessment } from "../../src/domain/assessment";
import { AppShell } from "./pages/app-shell";
import { DetailsPage } from "./pages/details-page";
import { PlanPage } from "./pages/plan-page";
import { ThemePage } from "./pages/theme-page";
import { expectNoViolations } from "./support/axe";
import { checklist, persistedState, STORAGE_KEY, sampleAssessment } from "./support/checklist";
import { DB_NAME, readDatabase, readSavedAssessment, readStorage, seedStorage } from "./support/storage";

const theme = checklist.themes[0];
const [firstItem, secondItem] = theme?.items ?? [];
if (!theme || !firstItem || !secondItem) throw new Error("the shipped checklist has no first theme");

/** A version 1 save (before the plan): meta and answers only. */
const V1 = JSON.stringify({
  state: {
    assessment: {
      checklist: { id: checklist.id, version: checklist.version },
      meta: { municipality: "Koski Tl", year: 2024, respondentRole: "municipality", date: "2024-05-02" },
      answers: {
        [firstItem.id]: { kind: "level", level: 2, note: "Pöytäkirja 2024" },
        [secondItem.id]: { kind: "dontKnow" },
      },
      updatedAt: "2024-05-02T10:00:00.000Z",
    },
    language: "fi",
  },
  version: 1,
});

/** A version 2 save: the plan joined, but no id or creation time yet. */
const V2_ASSESSMENT = {
  checklist: { id: checklist.id, version: checklist.version },
  meta: { municipality: "Parainen", year: 2025, respondentRole: "workshop", date: "2025-11-20" },
  answers: { [firstItem.id]: { kind: "level", level: 1 } },
  targets: { [firstItem.id]: 3 },
  actions: [
    {
      id: "action-1",
      what: "Järjestöilta syksyllä",
      responsible: "Hyte-koordinaattori",
      due: "2026-10-15",
      status: "planned",
      itemId: firstItem.id,
    },
  ],
  calendar: [
    { id: "spring-association-evening", template: "springAssociationEvening", title: "", month: 4 },
    { id: "event-1", title: "Kylän markkinat", month: 8, note: "Torilla" },
  ],
  updatedAt: "2025-11-20T10:00:00.000Z",
};
const V2 = JSON.stringify({ state: { assessment: V2_ASSESSMENT, language: "sv" }, version: 2 });

/** Makes every write in the page throw as a full disk does: IndexedDB and localStorage alike. */
function failWrites(page: Page) {
  return page.evaluate(() => {
    const full = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    IDBObjectStore.prototype.put = full;
    Storage.prototype.setItem = full;
  });
}

async function openDatabaseAt(page: Page, version: number) {
  // A blank page of the app's origin: the app itself must not open its database first.
  await page.route("**/blank.html", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>blank</title>" }),
  );
  await page.goto("./blank.html");
  await page.evaluate(
    ([name, v]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name as string, v as number);
        request.onupgradeneeded = () => request.result.createObjectStore("from-the-future");
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    [DB_NAME, version],
  );
}

test.describe("saves from before the database", () => {
  test("a version 1 save moves into the database with every answer, and the old key goes only then", async ({
    context,
    page,
  }) => {
    await seedStorage(context, V1);
    const details = new DetailsPage(page, "fi");
    await details.goto();
    await expect(details.municipality).toHaveValue("Koski Tl");
    await expect.poll(() => readStorage(page, STORAGE_KEY)).toBeNull();
    const saved = await readSavedAssessment(page);
    expect(saved?.answers).toEqual({
      [firstItem.id]: { kind: "level", level: 2, note: "Pöytäkirja 2024" },
      [secondItem.id]: { kind: "dontKnow" },
    });
    await page.reload();
    await expect(details.municipality).toHaveValue("Koski Tl");
    const themePage = new ThemePage(page, "fi");
    await themePage.goto(theme);
    await expect(themePage.choice(firstItem, 1, { kind: "level", level: 2 })).toBeChecked();
    await expect(themePage.choice(secondItem, 2, { kind: "dontKnow" })).toBeChecked();
  });

  test("a version 2 save keeps its targets, actions and events, in Swedish", async ({ context, page }) => {
    await seedStorage(context, V2);
    const plan = new PlanPage(page, "sv");
    await plan.open("/plan");
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("heading", { name: "Järjestöilta syksyllä" })).toBeVisible();
    await expect.poll(() => readStorage(page, STORAGE_KEY)).toBeNull();
    await page.reload();
    await expect(page.getByRole("heading", { name: "Järjestöilta syksyllä" })).toBeVisible();
    const saved = await readSavedAssessment(page);
    expect(saved).toMatchObject({
      meta: V2_ASSESSMENT.meta,
      answers: V2_ASSESSMENT.answers,
      targets: V2_ASSESSMENT.targets,
      actions: V2_ASSESSMENT.actions,
      calendar: V2_ASSESSMENT.calendar,
      createdAt: V2_ASSESSMENT.updatedAt,
    });
    await new AppShell(page, "sv").open("/plan/annual-clock");
    await expect(page.getByText("Kylän markkinat")).toBeVisible();
  });

  test("when the database cannot take the old save, its key stays untouched", async ({ context, page }) => {
    await seedStorage(context, V1);
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    const details = new DetailsPage(page, "fi");
    await details.goto();
    await expect(details.municipality).toHaveValue("Koski Tl");
    expect(await readStorage(page, STORAGE_KEY)).toBe(V1);
  });
});

test.describe("a write that fails", () => {
  for (const language of ["fi", "sv"] as const) {
    test(`is told at once in ${language}, offers the file, and the last good state survives a reload`, async ({
      context,
      page,
    }) => {
      await seedStorage(context, persistedState(sampleAssessment(), language));
      const details = new DetailsPage(page, language);
      await details.goto();
      await details.municipality.fill("Koski Tl, tallennettu");
      await expect
        .poll(async () => (await readSavedAssessment(page))?.meta.municipality)
        .toBe("Koski Tl, tallennettu");

      await failWrites(page);
      await details.municipality.fill("Ei tallennu");
      const alert = details.alert(details.t("common:storage.writeFailed.title"));
      await expect(alert).toBeVisible();
      await expect(alert).toContainText("QuotaExceededError");
      // The change stays on screen, and the form no longer claims it was saved.
      await expect(details.municipality).toHaveValue("Ei tallennu");
      await expect(
        page.getByRole("status").filter({ hasText: details.t("common:storage.writeFailed.title") }),
      ).toBeVisible();
      await expectNoViolations(page, `write failure alert (${language})`);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        alert.getByRole("button", { name: details.t("common:storage.download") }).click(),
      ]);
      const file = JSON.parse(await readFile(await download.path(), "utf8"));
      expect(file.meta.municipality).toBe("Ei tallennu");

      await page.reload();
      await expect(details.municipality).toHaveValue("Koski Tl, tallennettu");
      await expect(details.alert(details.t("common:storage.writeFailed.title"))).toHaveCount(0);
    });
  }

  test("is retried with the next change, and a successful write clears the alert", async ({
    context,
    page,
  }) => {
    await seedStorage(context, persistedState(sampleAssessment(), "fi"));
    const details = new DetailsPage(page, "fi");
    await details.goto();
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (window as unknown as { restorePut: () => void }).restorePut = () => {
        IDBObjectStore.prototype.put = put;
      };
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("The database connection is closing.", "InvalidStateError");
      };
    });
    await details.municipality.fill("Ensin");
    const alert = details.alert(details.t("common:storage.writeFailed.title"));
    await expect(alert).toContainText("InvalidStateError");
    await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
    await details.municipality.fill("Sitten");
    await expect(alert).toHaveCount(0);
    expect((await readSavedAssessment(page))?.meta.municipality).toBe("Sitten");
  });
});

test.describe("without a database", () => {
  for (const language of ["fi", "sv"] as const) {
    test(`the app works in memory and says in ${language} that nothing is kept`, async ({
      context,
      page,
    }) => {
      await seedStorage(context, persistedState(sampleAssessment(), language));
      await context.addInitScript(() => {
        // As in a browser that offers no IndexedDB at all.
        delete (window as { indexedDB?: IDBFactory }).indexedDB;
      });
      const details = new DetailsPage(page, language);
      await details.goto();
      const alert = details.alert(details.t("common:storage.notKept.title"));
      await expect(alert).toContainText(details.t("common:storage.notKept.unavailable"));
      await expect(details.municipality).toHaveValue("Koski Tl");
      await details.municipality.fill("Vain muistissa");
      await expect(alert.getByRole("button", { name: details.t("common:storage.download") })).toBeVisible();
      await expectNoViolations(page, `no database (${language})`);
      // The old save is not removed: nothing else holds it.
      expect(await readStorage(page, STORAGE_KEY)).not.toBeNull();
    });
  }

  test("a database made by a newer version is refused untouched, and the app says nothing is kept", async ({
    page,
  }) => {
    await openDatabaseAt(page, 999);
    const app = new AppShell(page, "sv");
    await app.open("/");
    await app.switchLanguage("sv");
    const alert = app.alert(app.t("common:storage.notKept.title"));
    await expect(alert).toContainText(app.t("common:storage.notKept.newerDatabase"));
    await expectNoViolations(page, "newer database (sv)");
    const fi = await app.switchLanguage("fi");
    await expect(fi.alert(fi.t("common:storage.notKept.title"))).toBeVisible();
    await expectNoViolations(page, "newer database (fi)");
    const version = await page.evaluate(
      async (name) => (await indexedDB.databases()).find((database) => database.name === name)?.version,
      DB_NAME,
    );
    expect(version).toBe(999);
  });
});

test("a damaged record is offered as it is, and the other assessments still load", async ({
  context,
  page,
}) => {
  await seedStorage(context, persistedState(sampleAssessment(), "fi"));
  const details = new DetailsPage(page, "fi");
  await details.goto();
  await expect(details.municipality).toHaveValue("Koski Tl");
  await readSavedAssessment(page);
  const damaged = { id: "damaged-record-0001", revision: 2, formatVersion: 3, assessment: { answers: 7 } };
  await page.evaluate(
    ([name, value]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name as string);
        request.onsuccess = () => {
          const tx = request.result.transaction("assessments", "readwrite");
          tx.objectStore("assessments").put(value, "damaged-record-0001");
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [DB_NAME, damaged] as const,
  );

  await page.reload();
  await expect(details.municipality).toHaveValue("Koski Tl");
  const alert = details.alert(details.t("common:storage.setAside.damagedTitle"));
  await expect(alert).toContainText("damaged-record-0001");
  await expectNoViolations(page, "damaged record (fi)");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    alert.getByRole("button", { name: details.t("common:storage.setAside.download") }).click(),
  ]);
  expect(JSON.parse(await readFile(await download.path(), "utf8"))).toEqual(damaged);

  await details.municipality.fill("Koski Tl 2");
  const contents = await readDatabase(page);
  expect(contents?.assessments["damaged-record-0001"]).toEqual(damaged);
  const sv = await details.switchLanguage("sv");
  await expect(sv.alert(sv.t("common:storage.setAside.damagedTitle"))).toBeVisible();
  await expectNoViolations(page, "damaged record (sv)");
});

test("two tabs: a change in one appears in the other, and both tabs' changes are kept", async ({
  context,
}) => {
  await seedStorage(context, persistedState(sampleAssessment(), "fi"));
  const pageA = await context.newPage();
  const a = new ThemePage(pageA, "fi");
  await a.goto(theme);
  await readSavedAssessment(pageA); // A has moved the seeded save into the database.
  const pageB = await context.newPage();
  const b = new ThemePage(pageB, "fi");
  await b.goto(theme);

  const before = sampleAssessment().answers[firstItem.id];
  const changed = before?.kind === "level" && before.level === 0 ? 1 : 0;
  await a.choice(firstItem, 1, { kind: "level", level: changed }).check();
  // B shows it without a reload, in its open form.
  await expect(b.choice(firstItem, 1, { kind: "level", level: changed })).toBeChecked();

  const note = b.item(secondItem, 2).getByRole("textbox", { name: b.t("assessment:theme.noteLabel") });
  await note.fill("Muistiinpano välilehdeltä B");
  await expect
    .poll(async () => ((await readSavedAssessment(pageB)) as Assessment | null)?.answers[secondItem.id]?.note)
    .toBe("Muistiinpano välilehdeltä B");

  for (const page of [pageA, pageB]) {
    await page.reload();
    const tab = new ThemePage(page, "fi");
    await expect(tab.choice(firstItem, 1, { kind: "level", level: changed })).toBeChecked();
    await expect(
      tab.item(secondItem, 2).getByRole("textbox", { name: tab.t("assessment:theme.noteLabel") }),
    ).toHaveValue("Muistiinpano välilehdeltä B");
  }
});

test("two tabs: the details form open in one follows the other tab's change", async ({ context }) => {
  await seedStorage(context, persistedState(sampleAssessment(), "fi"));
  const pageA = await context.newPage();
  const a = new DetailsPage(pageA, "fi");
  await a.goto();
  await readSavedAssessment(pageA);
  const pageB = await context.newPage();
  const b = new DetailsPage(pageB, "fi");
  await b.goto();
  await expect(b.municipality).toHaveValue("Koski Tl");

  await a.municipality.fill("Koski Tl, välilehti A");
  await expect(b.municipality).toHaveValue("Koski Tl, välilehti A");
  await b.role("association").check();
  await expect(a.role("association")).toBeChecked();
  expect((await readSavedAssessment(pageA))?.meta).toMatchObject({
    municipality: "Koski Tl, välilehti A",
    respondentRole: "association",
  });
});

test("a change made just before a reload is still there after it", async ({ context, page }) => {
  await seedStorage(context, persistedState(sampleAssessment(), "fi"));
  const details = new DetailsPage(page, "fi");
  await details.goto();
  await details.municipality.fill("Koski Tl juuri ennen");
  await page.reload(); // well within the save delay
  await expect(details.municipality).toHaveValue("Koski Tl juuri ennen");
  expect((await readSavedAssessment(page))?.meta.municipality).toBe("Koski Tl juuri ennen");
});
