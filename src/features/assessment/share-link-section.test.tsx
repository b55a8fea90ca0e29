import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import type { Answer } from "../../domain/assessment";
import { allItems } from "../../domain/checklist-lookup";
import { decodeShareLink } from "../../domain/share-link";
import { SHARE_PATH_PREFIX } from "../../ui/paths";
import { ShareLinkSection } from "./share-link-section";
import { bundledChecklist, savedAssessment } from "./test-support";

const checklist = bundledChecklist();
const items = allItems(checklist);

/** Every item answered with a note of `length` characters drawn at random, which compresses little. */
function answersWithNotes(length: number): Record<string, Answer> {
  let state = 7;
  const letter = () => {
    state = (state * 16807) % 2147483647;
    return "abcdefghijklmnopqrstuvwxyzåäö ,."[state % 32];
  };
  return Object.fromEntries(
    items.map((item) => [
      item.id,
      { kind: "level", level: 2, note: Array.from({ length }, letter).join("") } satisfies Answer,
    ]),
  );
}

async function linkData(): Promise<string> {
  const field = await screen.findByRole("textbox", { name: "Jakolinkki" });
  return (field as HTMLInputElement).value.split(`#${SHARE_PATH_PREFIX}`)[1] ?? "";
}

describe("ShareLinkSection", () => {
  it("offers a link holding the open assessment, its notes only when asked for", async () => {
    const user = userEvent.setup();
    const assessment = savedAssessment(answersWithNotes(20));
    renderWithApp(<ShareLinkSection />, { state: { assessment } });
    const withoutNotes = await linkData();
    const read = await decodeShareLink(withoutNotes, [checklist]);
    expect(read.ok && Object.values(read.value.assessment.answers)).toEqual(
      items.map(() => ({ kind: "level", level: 2 })),
    );
    const field = screen.getByRole("textbox", { name: "Jakolinkki" }) as HTMLInputElement;
    expect(field).toHaveAccessibleDescription(/^Linkin pituus on [\d\s]+ merkkiä \(enintään 8\s000\)\.$/);
    expect(field.value.startsWith(`${window.location.origin}${window.location.pathname}#/share/v1.`)).toBe(
      true,
    );

    await user.click(screen.getByRole("checkbox", { name: "Ota muistiinpanot ja osallistujat mukaan" }));
    await waitFor(async () => expect(await linkData()).not.toBe(withoutNotes));
    const withNotes = await decodeShareLink(await linkData(), [checklist]);
    expect(withNotes.ok && withNotes.value.assessment).toEqual(assessment);
  });

  it("selects the link for Ctrl+C when the browser refuses the clipboard", async () => {
    const user = userEvent.setup();
    renderWithApp(<ShareLinkSection />, { language: "en", state: { assessment: savedAssessment() } });
    await screen.findByRole("textbox", { name: "Share link" });
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    await user.click(screen.getByRole("button", { name: "Copy the share link" }));
    expect(await screen.findByText(/The browser did not allow copying/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Share link" })).toHaveFocus();
  });

  it("says when the link would be over the limit and offers the file instead", async () => {
    const user = userEvent.setup();
    renderWithApp(<ShareLinkSection />, {
      language: "sv",
      state: { assessment: savedAssessment(answersWithNotes(400)) },
    });
    await screen.findByRole("textbox", { name: "Delningslänk" });
    await user.click(screen.getByRole("checkbox", { name: "Ta med anteckningarna och deltagarna" }));
    expect(await screen.findByText("Länken skulle bli för lång")).toBeInTheDocument();
    expect(screen.getByText("Utan anteckningarna kan länken rymmas inom gränsen.")).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Ladda ner utvärderingen som fil (JSON)" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "Delningslänk" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Kopiera delningslänken" })).not.toBeInTheDocument();
  });
});
