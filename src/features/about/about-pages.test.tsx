import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import AccessibilityPage from "./accessibility-page";
import PrivacyPage from "./privacy-page";
import { type Publisher, publisher } from "./publisher";

const shipped: Publisher = { ...publisher };

afterEach(() => Object.assign(publisher, shipped));

describe("AccessibilityPage", () => {
  it("marks every blank the publisher has not filled in, in the user's language", () => {
    renderWithApp(<AccessibilityPage />, { language: "sv" });
    expect(screen.getByRole("heading", { level: 1, name: "Tillgänglighetsutlåtande" })).toBeInTheDocument();
    // The publisher's name and the feedback contact.
    expect(screen.getAllByText("[fylls i av utgivaren]")).toHaveLength(2);
    expect(screen.getByText("Utlåtandet har upprättats", { exact: false })).toHaveTextContent(
      "upprättats 2 december 2026.",
    );
    expect(screen.getByRole("link", { name: "https://www.saavutettavuusvaatimukset.fi/" })).toHaveAttribute(
      "href",
      "https://www.saavutettavuusvaatimukset.fi/",
    );
  });

  it("shows the publisher's name in the user's language and the feedback mailbox as a link", () => {
    Object.assign(publisher, {
      name: { fi: "Esimerkkilän kunta", sv: "Exempelby kommun", en: "Municipality of Esimerkkilä" },
      feedbackContact: "mailto:saavutettavuus@esimerkkila.example",
    } satisfies Partial<Publisher>);
    renderWithApp(<AccessibilityPage />, { language: "en" });
    expect(screen.getByText("Publisher of the service: Municipality of Esimerkkilä")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "saavutettavuus@esimerkkila.example" })).toHaveAttribute(
      "href",
      "mailto:saavutettavuus@esimerkkila.example",
    );
    expect(screen.queryByText("[publisher fills in]")).not.toBeInTheDocument();
  });
});

describe("PrivacyPage", () => {
  it("names where the data is kept and how to delete it", () => {
    renderWithApp(<PrivacyPage />);
    expect(screen.getByRole("heading", { level: 1, name: "Tietosuoja" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Mitä tallennetaan ja minne" })).toHaveTextContent("IndexedDB");
    expect(screen.getByRole("region", { name: "Näin poistat tiedot" })).toHaveTextContent(
      "tyhjennät tämän sivuston tiedot",
    );
    expect(screen.getByText("[julkaisija täydentää]")).toBeInTheDocument();
  });
});
