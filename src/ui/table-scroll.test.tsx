import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TableScroll } from "./table-scroll";

function renderTable() {
  return render(
    <TableScroll captionId="caption">
      <table>
        <caption id="caption">Pisteet teemoittain</caption>
        <tbody>
          <tr>
            <td>83</td>
          </tr>
        </tbody>
      </table>
    </TableScroll>,
  );
}

describe("TableScroll", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is a focusable region named by the caption while the table is wider than the screen", () => {
    vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(320);
    renderTable();
    expect(screen.getByRole("region", { name: "Pisteet teemoittain" })).toHaveAttribute("tabindex", "0");
  });

  it("adds no tab stop or landmark when the table fits", () => {
    renderTable();
    expect(screen.queryByRole("region")).not.toBeInTheDocument();
    expect(screen.getByRole("table").parentElement).not.toHaveAttribute("tabindex");
  });
});
