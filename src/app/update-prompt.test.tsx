import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "../../tests/render-app";
import { saver, useAppStore } from "../store/app-store";
import { createMemoryStorage } from "../store/assessment-storage";
import { type ApplyUpdate, offerUpdate, UpdatePrompt, useUpdateOffer } from "./update-prompt";

const CHECKLIST = { id: "jarjestoystavallinen-kunta", version: "1.0.0" };

/** A field that, like a form that commits on blur, hands its value to the store only when it loses focus. */
function MunicipalityField() {
  const [value, setValue] = useState("");
  return (
    <label>
      Kunta
      <input
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => useAppStore.getState().updateMeta({ municipality: value })}
      />
    </label>
  );
}

afterEach(() => {
  useUpdateOffer.setState({ apply: null });
  vi.restoreAllMocks();
});

describe("UpdatePrompt", () => {
  it("says nothing until a new version is waiting, then says it in a polite status region", () => {
    const { container } = renderWithApp(<UpdatePrompt />);
    expect(screen.queryByRole("status")).toBeNull();
    expect(container.querySelector('[aria-live="polite"]')).toBeEmptyDOMElement();
    act(() => offerUpdate(async () => {}));
    expect(screen.getByRole("status")).toHaveTextContent("Uusi versio on saatavilla");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it.each([
    ["fi", "Uusi versio on saatavilla", "Päivitä"],
    ["sv", "En ny version finns", "Uppdatera"],
    ["en", "A new version is available", "Update"],
  ] as const)("speaks %s", (language, text, button) => {
    offerUpdate(async () => {});
    renderWithApp(<UpdatePrompt />, { language });
    expect(screen.getByText(text)).toBeVisible();
    expect(screen.getByRole("button", { name: button })).toBeVisible();
  });

  it("writes the focused field's value to the storage before it starts the new version", async () => {
    const storage = createMemoryStorage();
    await saver.attach(storage);
    const seenAtUpdate: (string | undefined)[] = [];
    const apply = vi.fn<ApplyUpdate>(async () => {
      const id = useAppStore.getState().assessment?.id ?? "";
      const read = await storage.get(id);
      seenAtUpdate.push(read?.kind === "ok" ? read.record.assessment.meta.municipality : undefined);
    });
    offerUpdate(apply);
    renderWithApp(
      <>
        <MunicipalityField />
        <UpdatePrompt />
      </>,
    );
    act(() => useAppStore.getState().startAssessment(CHECKLIST));
    const user = userEvent.setup();
    await user.click(screen.getByLabelText("Kunta"));
    await user.keyboard("Koski Tl");
    // Focus stays in the field: the value is only in the field, not yet in the store.
    expect(useAppStore.getState().assessment?.meta.municipality).not.toBe("Koski Tl");
    act(() => screen.getByLabelText("Kunta").focus());
    await act(async () => {
      // A click by script (as the keyboard's Enter on the button would be) leaves the field focused.
      screen.getByRole("button", { name: "Päivitä" }).click();
    });
    expect(apply).toHaveBeenCalledOnce();
    expect(seenAtUpdate).toEqual(["Koski Tl"]);
  });

  it("does not start the new version when a change could not be written, and says so", async () => {
    const storage = createMemoryStorage();
    vi.spyOn(storage, "put").mockRejectedValue(new DOMException("full", "QuotaExceededError"));
    await saver.attach(storage);
    const apply = vi.fn<ApplyUpdate>(async () => {});
    offerUpdate(apply);
    renderWithApp(<UpdatePrompt />);
    act(() => useAppStore.getState().startAssessment(CHECKLIST));
    await userEvent.setup().click(screen.getByRole("button", { name: "Päivitä" }));
    expect(apply).not.toHaveBeenCalled();
    expect(await screen.findByText(/Päivitys ei onnistunut/)).toBeVisible();
  });

  it("hides for this page view on Later", async () => {
    offerUpdate(async () => {});
    renderWithApp(<UpdatePrompt />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Myöhemmin" }));
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByText("Uusi versio on saatavilla")).toBeNull();
  });
});
