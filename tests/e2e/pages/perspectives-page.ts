import type { Locator, Page } from "@playwright/test";
import type { Assessment } from "../../../src/domain/assessment";
import { toAssessmentFile } from "../../../src/domain/assessment-file";
import type { Workshop } from "../../../src/domain/workshop";
import { DB_NAME } from "../support/storage";
import { AppShell } from "./app-shell";
import { enabledInput } from "./enabled-input";

/** An assessment as the file an association sends back. */
export function assessmentFile(name: string, assessment: Assessment) {
  return {
    name,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(toAssessmentFile(assessment))),
  };
}

/** A workshop of these members, as the app stores it. */
export function workshopOf(id: string, name: string, members: readonly Assessment[]): Workshop {
  const time = "2026-11-24T09:00:00.000Z";
  return {
    id,
    name,
    createdAt: time,
    updatedAt: time,
    members: members.map((assessment) => ({ fileName: `${assessment.id}.json`, addedAt: time, assessment })),
  };
}

/**
 * Writes a workshop into the app's database. The app opens (and upgrades) its database after the first paint,
 * so this waits until the database exists with its workshops store rather than racing the app's upgrade.
 */
export async function putWorkshop(page: Page, workshop: Workshop): Promise<void> {
  await page.evaluate(
    async ([name, value]) => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const listed = (await indexedDB.databases()).some((database) => database.name === name);
        const db = listed
          ? await new Promise<IDBDatabase>((resolve, reject) => {
              const request = indexedDB.open(name);
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            })
          : null;
        if (db?.objectStoreNames.contains("workshops")) {
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction("workshops", "readwrite");
            tx.objectStore("workshops").put(value, value.id);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          }).finally(() => db.close());
          return;
        }
        db?.close();
        if (Date.now() > deadline) throw new Error(`the app never made its database ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    [DB_NAME, workshop] as const,
  );
}

export class PerspectivesPage extends AppShell {
  async goto(): Promise<void> {
    await this.open("/perspectives");
  }

  get invitationLink(): Locator {
    return this.main.getByRole("textbox", { name: this.t("perspectives:invite.linkLabel"), exact: true });
  }

  get copyButton(): Locator {
    return this.main.getByRole("button", { name: this.t("perspectives:invite.copy"), exact: true });
  }

  get fileInput(): Locator {
    return enabledInput(this.main, this.t("perspectives:files.pick"));
  }

  get results(): Locator {
    return this.main.getByRole("list", { name: this.t("perspectives:files.resultsLabel") });
  }

  get itemTable(): Locator {
    return this.main.getByRole("table", { name: this.t("perspectives:gap.itemsCaption") });
  }

  get themeTable(): Locator {
    return this.main.getByRole("table", { name: this.t("perspectives:gap.themesCaption") });
  }

  get csvButton(): Locator {
    return this.main.getByRole("button", { name: this.t("perspectives:gap.csv"), exact: true });
  }
}
