import { describe, expect, it } from "vitest";
import { buildAssessment } from "../../tests/fixtures/build-assessment";
import { createMemoryStorage } from "./assessment-storage";
import { readSeries } from "./history";
import { provideStorage } from "./storage-handle";

describe("readSeries", () => {
  it("reads the stored assessments of the same municipality and role, leaving out set-aside records", async () => {
    const storage = createMemoryStorage([["damaged-record", { id: "damaged-record" }]]);
    provideStorage(storage);
    const open = buildAssessment({ municipality: "Koski Tl", year: 2026, id: "koski-2026" }, {});
    const earlier = buildAssessment({ municipality: "koski tl", year: 2025, id: "koski-2025" }, {});
    const association = buildAssessment(
      { municipality: "Koski Tl", role: "association", id: "koski-ry" },
      {},
    );
    const other = buildAssessment({ municipality: "Pöytyä", year: 2025, id: "poytya-2025" }, {});
    for (const assessment of [open, earlier, association, other]) await storage.put(assessment, 0);
    const ids = (await readSeries(open)).map(({ id }) => id).sort();
    expect(ids).toEqual(["koski-2025", "koski-2026"]);
  });
});
