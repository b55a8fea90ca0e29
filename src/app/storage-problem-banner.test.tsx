import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { catchDownloads } from "../../tests/catch-downloads";
import { renderWithApp } from "../../tests/render-app";
import { createAssessment } from "../domain/assessment";
import { App } from "./app";
import { StorageProblemBanner } from "./storage-problem-banner";

const assessment = {
  ...createAssessment(
    { id: "jarjestoystavallinen-kunta", version: "1.0.0" },
    new Date("2026-11-23T10:00:00Z"),
  ),
  meta: { municipality: "Koski Tl", year: 2026, respondentRole: "municipality" as const, date: "2026-11-23" },
};

describe("storage problems", () => {
  it("tells of a failed write in Finnish and offers the assessment as a file", async () => {
    const files = catchDownloads();
    renderWithApp(<StorageProblemBanner />, {
      state: { assessment, storageProblems: [{ kind: "writeFailed", errorName: "QuotaExceededError" }] },
    });
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Viimeisintä muutosta ei voitu tallentaa");
    expect(alert).toHaveTextContent("QuotaExceededError");
    await userEvent.click(screen.getByRole("button", { name: "Lataa tämä arviointi tiedostona" }));
    // The file code loads on the first click.
    await waitFor(() => expect(files[0]?.name).toBe("kumppanuuspeili-koski-tl-2026-11-23.json"));
    expect(JSON.parse((await files[0]?.blob.text()) ?? "null")).toMatchObject({
      meta: { municipality: "Koski Tl" },
    });
    // The alert says the file was saved, since a download makes no sound.
    expect(alert).toHaveTextContent("kumppanuuspeili-koski-tl-2026-11-23.json");
  });

  it("says in Swedish that nothing is kept when the database is from a newer version", () => {
    renderWithApp(<StorageProblemBanner />, {
      language: "sv",
      state: { assessment, storageProblems: [{ kind: "notKept", reason: "newerDatabase" }] },
    });
    expect(screen.getByRole("alert")).toHaveTextContent("nyare version");
    expect(screen.getByRole("alert")).toHaveTextContent("inget sparas när du stänger sidan");
    expect(screen.getByRole("button", { name: "Ladda ner värderingen som fil" })).toBeInTheDocument();
  });

  it("offers a damaged record's raw data, unchanged", async () => {
    const files = catchDownloads();
    const raw = '{"id":"damaged-0001","revision":"x"}';
    renderWithApp(<StorageProblemBanner />, {
      state: {
        storageProblems: [{ kind: "setAside", id: "damaged-0001", reason: "damaged", problems: [], raw }],
      },
    });
    expect(screen.getByRole("alert")).toHaveTextContent("Yhtä tallennettua arviointia ei voitu lukea");
    await userEvent.click(screen.getByRole("button", { name: "Lataa tallennetut tiedot tiedostona" }));
    expect(await files[0]?.blob.text()).toBe(raw);
  });
});

describe("the loading gate", () => {
  it("shows a loading status instead of a page that reads the assessment until the database answers", () => {
    window.location.hash = "#/details";
    renderWithApp(<App />, { state: { loadStatus: "loading" } });
    expect(screen.getByRole("status")).toHaveTextContent("Ladataan tallennettua arviointia");
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("lets the start page render at once", () => {
    renderWithApp(<App />, { state: { loadStatus: "loading" } });
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
  });
});
