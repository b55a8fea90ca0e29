import type { Answer, Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { allItems } from "../../domain/checklist-lookup";
import { DEFAULT_CALENDAR } from "../../domain/plan";

/**
 * A finished assessment with targets, actions and an annual clock, written the way a bilingual
 * municipality would: Finnish and Swedish letters, en dashes and euros in the user's own texts.
 * Takes the checklist so the vitest and Playwright tests can both use it.
 */
export function reportFixture(checklist: Checklist): Assessment {
  const answers: Record<string, Answer> = {};
  allItems(checklist).forEach((item, index) => {
    answers[item.id] = { kind: "level", level: ([3, 2, 1, 0] as const)[index % 4] ?? 0 };
  });
  answers["association-evenings-twice-a-year"] = {
    kind: "level",
    level: 1,
    note: "Syysilta pidettiin Åbolands föreningshusissa – kevään ilta jäi väliin.",
  };
  answers["officials-easy-to-reach"] = { kind: "dontKnow" };
  answers["representative-body-of-associations"] = {
    kind: "notApplicable",
    reason: "Pieni kunta: yhdistykset ja kunnan väki tuntevat toisensa, joten erillistä elintä ei tarvita.",
  };
  answers["separate-project-grants"] = {
    kind: "level",
    level: 0,
    note: "Hankeavustuksiin varattu 500 € / vuosi.",
  };
  return {
    id: "test-assessment-0001",
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: checklist.id, version: checklist.version },
    meta: {
      municipality: "Kimitoön – Kemiönsaari",
      year: 2026,
      respondentRole: "municipality",
      date: "2026-11-23",
    },
    answers,
    targets: {
      "association-evenings-twice-a-year": 3,
      "separate-project-grants": 2,
      "clear-agenda-for-association-evenings": 2,
    },
    actions: [
      {
        id: "action-1",
        what: "Avustushakemus 500 € – syksy",
        responsible: "hyte-koordinaattori",
        due: "2027-09-15",
        status: "planned",
        itemId: "separate-project-grants",
      },
      {
        id: "action-2",
        what: "Översätt bidragsanvisningarna på svenska – Åboland",
        responsible: "kultursekreterare",
        due: "2027-01-31",
        status: "underway",
        itemId: "plain-language-grant-instructions",
      },
      {
        id: "action-3",
        what: "Päivitetään yhdistysrekisteri ja lähetetään kevään kutsu",
        responsible: "järjestöyhdyshenkilö",
        status: "done",
        itemId: "association-register-up-to-date",
      },
    ],
    calendar: [
      ...DEFAULT_CALENDAR.map((event) => ({ ...event })),
      { id: "event-1", title: "Föreningsmässa – yhdistysmessut", month: 8, note: "Yhteinen osasto, 200 €." },
    ],
    updatedAt: "2026-11-23T12:00:00.000Z",
  };
}
