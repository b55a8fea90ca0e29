import { expect, test } from "@playwright/test";
import type { Assessment } from "../../src/domain/assessment";
import { checklistProgress } from "../../src/domain/progress";
import { encodeShareLink } from "../../src/domain/share-link";
import { LANGUAGE_KEY } from "../../src/store/app-store";
import { SharePage } from "./pages/share-page";
import { expectNoViolations } from "./support/axe";
import { checklist, persistedState, sampleAnswers, sampleAssessment } from "./support/checklist";
import { readDatabase, readSavedAssessment, seedStorage } from "./support/storage";

test.describe.configure({ mode: "parallel" });

/** Koski Tl 2026 with a note on the first two items and an action: all of it must arrive. */
function sharedAssessment(): Assessment {
  const answers = sampleAnswers();
  const [first, second] = checklist.themes.flatMap((theme) => theme.items);
  if (!first || !second) throw new Error("the shipped checklist has fewer than two items");
  answers[first.id] = { kind: "level", level: 3, note: "Yhdistysilta keväällä ja syksyllä." };
  answers[second.id] = { kind: "dontKnow", note: "Selvitetään <b>ensi</b> vuonna & kysytään." };
  return {
    ...sampleAssessment(answers),
    targets: { [second.id]: 2 },
    actions: [{ id: "action-1", what: "Yhdistysilta", responsible: "Koordinaattori", status: "planned" }],
  };
}

const withoutId = ({ id: _id, ...rest }: Assessment) => rest;

test("a link copied in one browser imports a copy in a fresh one, and leaves the address bar", async ({
  browser,
  context,
  page,
}) => {
  const own = sharedAssessment();
  await seedStorage(context, persistedState(own, "fi"));
  const sender = new SharePage(page, "fi");
  await sender.open("/assessment/details");
  await sender.includeNotes.check();
  await expect(sender.linkField).toHaveValue(/#\/share\/v1\.[A-Za-z0-9_-]+$/);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await sender.copyButton.click();
  await expect(sender.main.getByText(sender.t("shareLink:copied"))).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await sender.linkField.inputValue());
  // Nothing of the assessment in readable form: the municipality's name is inside the compressed data.
  expect(link).not.toContain("Koski");

  const fresh = await browser.newContext();
  try {
    const receiverPage = await fresh.newPage();
    const receiver = new SharePage(receiverPage, "fi");
    await receiverPage.goto(link);
    await expect(receiver.heading).toHaveText(receiver.t("share:title"));
    await expect(receiver.fact(receiver.t("share:municipality"))).toHaveText("Koski Tl");
    await expect(receiver.fact(receiver.t("share:year"))).toHaveText("2026");
    await expect(receiver.fact(receiver.t("share:role"))).toHaveText(receiver.t("common:role.municipality"));
    const { answered, total } = checklistProgress(checklist, own.answers);
    await expect(receiver.fact(receiver.t("share:answers"))).toHaveText(
      receiver.t("share:answersCount", { answered, total }),
    );
    await expect(receiver.fact(receiver.t("share:notes"))).toHaveText(
      receiver.t("share:notesCount", { count: 2 }),
    );
    // The data is read and then gone from the address bar (and the history entry).
    await expect.poll(() => receiverPage.evaluate(() => window.location.hash)).toBe("#/share");
    // Nothing is saved before the user says so.
    expect(Object.keys((await readDatabase(receiverPage))?.assessments ?? {})).toEqual([]);

    await receiver.importButton.click();
    await expect(receiver.main.getByText(receiver.t("share:imported"))).toBeVisible();
    await expect(async () => {
      const saved = await readSavedAssessment(receiverPage);
      expect(saved?.id).not.toBe(own.id);
      expect(saved && withoutId(saved)).toEqual(withoutId(own));
    }).toPass();
    await receiverPage.getByRole("link", { name: receiver.t("share:toDetails") }).click();
    await expect(
      receiverPage.getByRole("combobox", {
        name: receiver.t("assessment:details.municipality"),
        exact: true,
      }),
    ).toHaveValue("Koski Tl");
  } finally {
    await fresh.close();
  }
});

test("a link made without notes leaves them out, and opening one's own link adds a copy beside it", async ({
  context,
  page,
}) => {
  const own = sharedAssessment();
  await seedStorage(context, persistedState(own, "en"));
  const share = new SharePage(page, "en");
  await share.open("/assessment/details");
  await expect(share.includeNotes).not.toBeChecked();
  const link = await share.linkField.inputValue();
  await expect(share.main.getByText(/The link is [\d,]+ characters long \(at most 8,000\)\./)).toBeVisible();

  await page.goto(link);
  await expect(share.fact(share.t("share:notes"))).toHaveText(share.t("share:notesCount", { count: 0 }));
  await share.importButton.click();
  await expect(share.main.getByText(share.t("share:imported"))).toBeVisible();
  await expect(async () => {
    const database = await readDatabase(page);
    const stored = Object.values(database?.assessments ?? {}) as { assessment: Assessment }[];
    expect(stored).toHaveLength(2);
    // The original is untouched; the copy has every answer, without the notes.
    expect(stored.find(({ assessment }) => assessment.id === own.id)?.assessment).toEqual(own);
    const copy = stored.find(({ assessment }) => assessment.id !== own.id)?.assessment;
    expect(Object.values(copy?.answers ?? {}).some((answer) => answer.note !== undefined)).toBe(false);
    expect(Object.keys(copy?.answers ?? {})).toEqual(Object.keys(own.answers));
  }).toPass();
});

test("a broken link says what is wrong in the user's language and changes nothing saved", async ({
  context,
  page,
}) => {
  const own = sharedAssessment();
  await seedStorage(context, persistedState(own, "sv"));
  const share = new SharePage(page, "sv");
  await share.open("/assessment/details");
  const before = await readDatabase(page);

  const link = await share.linkField.inputValue();
  // Cut in copying: the end of the data is missing.
  await share.open(`/share/${link.split("#/share/")[1]?.slice(0, -40)}`);
  await expect(share.alert(share.t("share:errorTitle"))).toContainText(share.t("share:refusal.damaged"));
  await expect(share.importButton).toHaveCount(0);

  await share.open("/share/v1.<script>alert(1)</script>");
  await expect(share.alert(share.t("share:errorTitle"))).toContainText(
    share.t("share:refusal.badCharacters"),
  );
  await share.open(`/share/v1.${"A".repeat(9000)}`);
  await expect(share.alert(share.t("share:errorTitle"))).toContainText(
    share.t("share:refusal.tooLong", { limit: 8000 }),
  );
  const after = await readDatabase(page);
  expect(Object.keys(after?.assessments ?? {})).toEqual(Object.keys(before?.assessments ?? {}));
  expect(after?.assessments[own.id]).toEqual(before?.assessments[own.id]);
});

test("text from a link is shown as text", async ({ page }) => {
  const markup = '<img src=x onerror="window.__hacked=1">';
  const shared = sharedAssessment();
  // No municipality code: the page shows the name as the link has it.
  const { municipalityCode: _code, ...meta } = shared.meta;
  const data = await encodeShareLink({ ...shared, meta: { ...meta, municipality: markup } }, checklist, {
    includeNotes: true,
  });
  const share = new SharePage(page, "fi");
  await share.open(`/share/${data}`);
  await expect(share.fact(share.t("share:municipality"))).toHaveText(markup);
  await expect(share.main.locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
});

for (const language of ["fi", "sv", "en"] as const) {
  test(`axe finds nothing on the share page and the share link control (${language})`, async ({
    context,
    page,
  }) => {
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      LANGUAGE_KEY,
      language,
    ] as const);
    const share = new SharePage(page, language);
    await share.open(
      `/share/${await encodeShareLink(sharedAssessment(), checklist, { includeNotes: true })}`,
    );
    await expect(share.importButton).toBeVisible();
    await expectNoViolations(page, `the share page (${language})`);
    await share.importButton.click();
    await expect(share.main.getByText(share.t("share:imported"))).toBeVisible();
    await expectNoViolations(page, `the share page after importing (${language})`);
    await share.open("/share/v2.AAAA");
    await expect(share.alert(share.t("share:errorTitle"))).toBeVisible();
    await expectNoViolations(page, `a refused share link (${language})`);
    await share.open("/assessment/details");
    await expect(share.linkField).toBeVisible();
    await expectNoViolations(page, `the details page with the share link (${language})`);
  });
}
