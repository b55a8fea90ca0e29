import type { Answer } from "../../domain/assessment";
import type { Example } from "../../domain/example-file";
import type { PracticeCard } from "../../domain/practice";

/** Test-only: a small example on the shipped checklist, with texts that differ by language. */
const SMALL_TOWN_SEED = "002_9274484d39675f21.txt";

export const EVENINGS = "association-evenings-twice-a-year";
export const REPRESENTATIVES = "representative-body-of-associations";
export const LEADERSHIP = "committed-leadership";
export const HOUSE = "association-house-free-of-charge";

export const FIXTURE_EXAMPLE: Example = {
  profile: {
    id: "testila",
    name: { fi: "Testilä", sv: "Testby", en: "Testville" },
    description: {
      fi: "Pieni kunta, jonka mallia käytetään testeissä.",
      sv: "En liten kommun vars modell används i testerna.",
      en: "A small municipality whose model the tests use.",
    },
    sources: [SMALL_TOWN_SEED],
    citations: {
      [EVENINGS]: {
        seed: SMALL_TOWN_SEED,
        quote: "Kunta järjestää yhdistysiltoja vähintään kaksi kertaa vuodessa.",
        paraphrase: {
          fi: "Testilä kutsuu yhdistykset koolle keväällä ja syksyllä.",
          sv: "Testby samlar föreningarna på våren och hösten.",
          en: "Testville convenes the associations in spring and autumn.",
        },
      },
      [REPRESENTATIVES]: {
        seed: SMALL_TOWN_SEED,
        quote: "Toimielimiä ei tarvita.",
        // An example's reason for "not applicable" is the paraphrase; its file's reason is the Finnish one.
        paraphrase: {
          fi: "Pieni kunta: kaikki tuntevat toisensa.",
          sv: "En liten kommun: alla känner varandra.",
          en: "A small municipality: everyone knows each other.",
        },
      },
      [LEADERSHIP]: {
        seed: SMALL_TOWN_SEED,
        quote: "Johto on sitoutunut.",
        paraphrase: {
          fi: "Johto on sitoutunut.",
          sv: "Ledningen är engagerad.",
          en: "The leadership is committed.",
        },
      },
      [HOUSE]: {
        seed: SMALL_TOWN_SEED,
        quote: "Yhdistystalo on maksuton.",
        paraphrase: { fi: "Talo on maksuton.", sv: "Huset är avgiftsfritt.", en: "The house is free." },
      },
    },
  },
  assessment: {
    id: "test-assessment-0001",
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: "jarjestoystavallinen-kunta", version: "1.0.0" },
    meta: { municipality: "Testilä", year: 2024, respondentRole: "municipality", date: "2024-01-01" },
    answers: {
      [EVENINGS]: { kind: "level", level: 3 },
      [REPRESENTATIVES]: { kind: "notApplicable", reason: "Pieni kunta: kaikki tuntevat toisensa." },
      [LEADERSHIP]: { kind: "level", level: 2 },
      [HOUSE]: { kind: "level", level: 3 },
    },
    targets: {},
    actions: [],
    calendar: [],
    updatedAt: "2024-01-01T00:00:00.000Z",
  },
  unmatchedItemIds: [],
};

export const FIXTURE_PRACTICES: PracticeCard[] = [
  {
    id: "iltakahvit",
    title: { fi: "Iltakahvit", sv: "Kvällskaffe", en: "Evening coffee" },
    place: { fi: "Esimerkkilä", sv: "Exempelby", en: "Exampleton" },
    summary: {
      fi: "Yhdistykset tapaavat kunnan kanssa iltakahvilla.",
      sv: "Föreningarna träffar kommunen över kvällskaffe.",
      en: "Associations meet the municipality over evening coffee.",
    },
    seed: "000_9aaae73377c7edd1.txt",
    items: [EVENINGS],
  },
];

/**
 * Own answers: evenings 1 < 3 (they have it, you lack it); leadership 3 > 2 (you are ahead); the house 3 = 3
 * (same); representatives 0 against their "not applicable" (their choice, counted against neither side).
 */
export const OWN_ANSWERS: Record<string, Answer> = {
  [EVENINGS]: { kind: "level", level: 1 },
  [LEADERSHIP]: { kind: "level", level: 3 },
  [HOUSE]: { kind: "level", level: 3 },
  [REPRESENTATIVES]: { kind: "level", level: 0 },
};
