import type { ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { type ActionFormValues, actionResolver, toFormValues } from "./action-form-values";

const OPTIONS = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<ActionFormValues>;

function resolve(values: Partial<ActionFormValues>) {
  return actionResolver({ ...toFormValues({}), ...values }, undefined, OPTIONS);
}

describe("actionResolver", () => {
  it("trims the texts and leaves out the empty optional fields", async () => {
    expect(
      await resolve({ what: "  Yhdistysilta huhtikuussa ", responsible: " järjestöyhdyshenkilö " }),
    ).toEqual({
      values: { what: "Yhdistysilta huhtikuussa", responsible: "järjestöyhdyshenkilö", status: "planned" },
      errors: {},
    });
    expect(await resolve({ what: "Avustusohjeet selkokielelle", due: "2027-02-28", itemId: "a1" })).toEqual({
      values: {
        what: "Avustusohjeet selkokielelle",
        responsible: "",
        status: "planned",
        due: "2027-02-28",
        itemId: "a1",
      },
      errors: {},
    });
  });

  it("names each field's problem by its code, with the limit where there is one", async () => {
    const result = await resolve({ what: " ", responsible: "x".repeat(201), due: "2027-02-30" });
    expect(result.values).toEqual({});
    expect(result.errors).toEqual({
      what: { type: "tooShort", message: "1" },
      responsible: { type: "tooLong", message: "200" },
      due: { type: "badFormat", message: "date" },
    });
    expect((await resolve({ what: "x".repeat(501) })).errors).toEqual({
      what: { type: "tooLong", message: "500" },
    });
  });

  it("fills a new action's form with no person's name and the status 'planned'", () => {
    expect(toFormValues({ what: "Kehitä", itemId: "a1" })).toEqual({
      what: "Kehitä",
      responsible: "",
      due: "",
      status: "planned",
      itemId: "a1",
    });
  });
});
