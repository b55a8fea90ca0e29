import type { Assessment } from "../../src/domain/assessment";
import type { Checklist } from "../../src/domain/checklist";
import { allItems } from "../../src/domain/checklist-lookup";
import { emptyPlan } from "../../src/domain/plan";
import { encodeShareLink } from "../../src/domain/share-link";
import { SHARE_PATH_PREFIX } from "../../src/ui/paths";
import { randomAssessment, seededRandom } from "./answers";

/** Where the app might be served from; the figure is the whole URL, as the 8,000-character limit is. */
export const SHARE_BASE_URL = "https://kumppanuuspeili.example/";

const WORDS = [
  "yhdistys",
  "kunta",
  "avustus",
  "tilat",
  "kokous",
  "syksyllä",
  "keväällä",
  "sovittu",
  "vastuuhenkilö",
  "hyvinvointi",
  "työryhmä",
  "vuosikello",
  "selvitetään",
  "jatketaan",
  "yhteistyö",
  "nuoret",
  "liikunta",
  "kulttuuri",
  "järjestöt",
  "osallisuus",
  "tiedotus",
  "verkkosivut",
  "ohjeet",
  "hakemus",
  "päätös",
];

/** A note of about a hundred characters, words drawn at random: people's notes repeat little. */
function note(random: () => number): string {
  const words: string[] = [];
  while (words.join(" ").length < 100) words.push(WORDS[Math.floor(random() * WORDS.length)] ?? "");
  const text = words.join(" ");
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

/**
 * Every item answered (levels, some "don't know", a few "not applicable" with a reason), as the app makes one:
 * a random id, the municipality's code and the annual clock's default events.
 */
function completeAssessment(checklist: Checklist, withNotes: boolean): Assessment {
  const random = seededRandom(2026);
  const assessment = randomAssessment(checklist, random);
  const answers = { ...assessment.answers };
  if (withNotes) {
    for (const item of allItems(checklist)) {
      const answer = answers[item.id];
      if (answer) answers[item.id] = { ...answer, note: note(random) };
    }
  }
  return {
    ...assessment,
    id: "5b0c7e4e-2f4a-4c1e-9d8a-3f6b2a1c9e07",
    meta: { ...assessment.meta, municipalityCode: "284" },
    answers,
    ...emptyPlan(),
  };
}

/** share_link_chars: the whole link's length for a complete assessment, with a note on every item and without. */
export async function measureShareLink(
  checklist: Checklist,
): Promise<{ withNotesChars: number; withoutNotesChars: number }> {
  const length = async (includeNotes: boolean) => {
    const data = await encodeShareLink(completeAssessment(checklist, includeNotes), checklist, {
      includeNotes,
    });
    return `${SHARE_BASE_URL}#${SHARE_PATH_PREFIX}${data}`.length;
  };
  return { withNotesChars: await length(true), withoutNotesChars: await length(false) };
}
