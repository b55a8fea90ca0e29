import { expect, test } from "@playwright/test";
import { DetailsPage } from "./pages/details-page";
import { ResultsPage } from "./pages/results-page";
import { StartPage } from "./pages/start-page";
import { ThemePage } from "./pages/theme-page";
import { checklist } from "./support/checklist";

/** The origin of a request's URL; a blob: URL belongs to the page that made it, data: URLs go nowhere. */
function originOf(url: string): string | null {
  const parsed = new URL(url);
  if (parsed.protocol === "data:") return null;
  return parsed.origin;
}

test("a full flow makes requests to the app's own origin only", async ({ context, page, baseURL }) => {
  const appOrigin = new URL(baseURL ?? "").origin;
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });

  const start = new StartPage(page, "fi");
  await start.goto();
  await start.startNew();
  const details = new DetailsPage(page, "fi");
  await details.fillDetails("Koski Tl", "municipality");
  const themePage = new ThemePage(page, "fi");
  for (const theme of checklist.themes) {
    await themePage.goto(theme);
    const [item] = theme.items;
    if (item) await themePage.answer(item, 1, { kind: "level", level: 2 });
  }
  const results = new ResultsPage(page, "fi");
  await results.goto();
  await results.waitForChart();
  await results.navLink("method").click();
  await expect(results.heading).toHaveText(results.t("results:method.title"));
  await details.goto();
  const [download] = await Promise.all([page.waitForEvent("download"), details.exportButton.click()]);
  await download.path();
  await start.switchLanguage("sv");

  expect(requests.length).toBeGreaterThan(3);
  const foreign = requests.filter((url) => {
    const origin = originOf(url);
    return origin !== null && origin !== appOrigin;
  });
  expect(foreign, `requests outside ${appOrigin}`).toEqual([]);
  expect(cspViolations).toEqual([]);
});
