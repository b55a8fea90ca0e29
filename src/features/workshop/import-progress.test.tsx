import "./i18n";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import { ImportProgress } from "./import-progress";

describe("ImportProgress", () => {
  it("shows the count as a progress bar and announces only each quarter", () => {
    const { rerender } = renderWithApp(
      <ImportProgress progress={{ done: 142, total: 308 }} onCancel={() => {}} />,
    );
    const bar = screen.getByRole("progressbar", { name: "Luetaan 308 tiedostoa" });
    expect(bar).toHaveAttribute("aria-valuetext", "142 / 308");
    expect(bar).toHaveAttribute("value", "142");
    expect(screen.getByText("142 / 308")).toBeInTheDocument();
    // 142 of 308 is 46 %: the last quarter passed is 25 %.
    expect(screen.getByRole("status")).toHaveTextContent("Tiedostoista luettu 25 %");
    rerender(<ImportProgress progress={{ done: 150, total: 308 }} onCancel={() => {}} />);
    expect(screen.getByRole("status")).toHaveTextContent("Tiedostoista luettu 25 %");
    rerender(<ImportProgress progress={{ done: 154, total: 308 }} onCancel={() => {}} />);
    expect(screen.getByRole("status")).toHaveTextContent("Tiedostoista luettu 50 %");
  });

  it("cancels", async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    renderWithApp(<ImportProgress progress={{ done: 3, total: 27 }} onCancel={onCancel} />);
    await user.click(screen.getByRole("button", { name: "Keskeytä" }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
