import { describe, expect, it } from "vitest";
import type { Citation } from "./example";
import { localizedName, notApplicableReason } from "./example";

const citation: Citation = {
  seed: "002_9274484d39675f21.txt",
  quote: "… toimielimiä ei tarvita systemaattisen ja läpinäkyvän yhteistyön takaamiseksi.",
  paraphrase: {
    fi: "Kaikki tuntevat toisensa.",
    sv: "Alla känner varandra.",
    en: "Everyone knows each other.",
  },
};
const notApplicable = { kind: "notApplicable", reason: "Kaikki tuntevat toisensa." } as const;

describe("notApplicableReason", () => {
  it("gives an example's reason in the language from its citation", () => {
    expect(notApplicableReason(notApplicable, citation, "sv")).toBe("Alla känner varandra.");
    expect(notApplicableReason(notApplicable, citation, "en")).toBe("Everyone knows each other.");
  });

  it("gives a file's reason as its author wrote it, in every language", () => {
    expect(notApplicableReason({ kind: "notApplicable", reason: "Ei koske meitä." }, undefined, "sv")).toBe(
      "Ei koske meitä.",
    );
  });

  it("gives no reason for any other answer", () => {
    expect(notApplicableReason({ kind: "level", level: 2 }, citation, "fi")).toBeNull();
    expect(notApplicableReason(undefined, undefined, "fi")).toBeNull();
  });
});

describe("localizedName", () => {
  it("uses a name written once in every language and keeps one written per language", () => {
    expect(localizedName("Koski Tl")).toEqual({ fi: "Koski Tl", sv: "Koski Tl", en: "Koski Tl" });
    const koskis = { fi: "Koski Tl", sv: "Koskis", en: "Koski Tl" };
    expect(localizedName(koskis)).toBe(koskis);
  });
});
