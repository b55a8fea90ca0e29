import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as z from "zod/mini";
import { AdaptationSchema, PartialLocalizedTextSchema } from "../domain/adaptation";
import { AnswerSchema, AssessmentMetaSchema } from "../domain/assessment";
import {
  AssessmentFileSchema,
  AssessmentFileV1Schema,
  AssessmentFileV2Schema,
} from "../domain/assessment-file";
import {
  ChecklistJsonShape,
  ItemSchema,
  LocalItemFileSchema,
  SourceSchema,
  ThemeSchema,
  WrittenItemSchema,
} from "../domain/checklist";
import { FILE_MAX_LABEL } from "../domain/file-text";
import {
  ACTIONS_MAX,
  CALENDAR_MAX,
  MUNICIPALITY_MAX,
  NOTE_MAX,
  PLAN_LABEL_MAX,
  PLAN_TEXT_MAX,
} from "../domain/limits";
import { LocalizedTextSchema } from "../domain/localized";
import { ActionSchema, CalendarEventSchema, PlanFieldsSchema } from "../domain/plan";
import { PracticeCardSchema, PracticeCatalogSchema } from "../domain/practice";
import { CHECKLISTS_DIR, displayPath } from "./cli-io";

/** One schema for every checklist; each checklist file points at it as `"$schema": "../checklist.schema.json"`. */
const SCHEMA_FILE = path.join(CHECKLISTS_DIR, "checklist.schema.json");
/** For `<id>/practices.json`, which may point at it as `"$schema": "../practices.schema.json"`. */
const PRACTICES_SCHEMA_FILE = path.join(CHECKLISTS_DIR, "practices.schema.json");
/** Every assessment file version still read; exported files point at it as `"$schema": "./assessment.schema.json"`. */
const ASSESSMENT_SCHEMA_FILE = path.join(CHECKLISTS_DIR, "assessment.schema.json");

function generateChecklistSchema(): string {
  // A local registry, so these names and descriptions stay out of zod's global one.
  const registry = z.registry<{ id?: string; description: string; minProperties?: number }>();
  registry.add(PartialLocalizedTextSchema, {
    id: "PartialLocalizedText",
    description:
      "A text in one or more of Finnish (fi), Swedish (sv) and English (en); a missing one is shown as missing.",
    // What the schema's refine says in code: at least one language.
    minProperties: 1,
  });
  registry.add(LocalItemFileSchema, {
    id: "LocalItem",
    description:
      "An item an adapted checklist adds (`local`: true): never compared with the base model. Its texts need at " +
      "least one language; its sources may be the adaptation's local sources instead of seeds.",
  });
  registry.add(AdaptationSchema, {
    id: "Adaptation",
    description:
      "In an adapted checklist: the base it is derived from, the base items it hides with the reason shown in " +
      "comparisons, and its own sources (a board decision, a web page, a document, with title and date).",
  });
  registry.add(LocalizedTextSchema, {
    id: "LocalizedText",
    description: "The same text in Finnish (fi), Swedish (sv) and English (en); none may be blank.",
  });
  registry.add(SourceSchema, {
    id: "Source",
    description: "A source document; `seed` is its file name in the seeds folder, which is the citation.",
  });
  registry.add(ThemeSchema, { id: "Theme", description: "A main theme; each theme gets its own score." });
  registry.add(WrittenItemSchema, {
    id: "Item",
    description:
      "A statement answered on levels 0-3, as 'don't know', or as 'not applicable' with a reason. " +
      "Its id is stable forever, because saved answers are keyed by it, and unique across the checklist.",
  });
  registry.add(ItemSchema.shape.weight, { description: "How much the item counts in its theme's score." });
  registry.add(ItemSchema.shape.sources, {
    description: "Seeds the item is based on; each must be listed in the checklist's `sources`.",
  });
  const { $schema, ...schema } = z.toJSONSchema(ChecklistJsonShape, { metadata: registry });
  const document = {
    $schema,
    title: "Kumppanuuspeili checklist",
    description:
      "A checklist for the NGO-friendly municipality self-assessment, stored as checklists/<id>/<version>.json. " +
      "npm run validate-checklists also checks what this schema cannot: unique ids, cited sources, file location.",
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function generatePracticesSchema(): string {
  const registry = z.registry<{ id?: string; description: string }>();
  registry.add(LocalizedTextSchema, {
    id: "LocalizedText",
    description: "The same text in Finnish (fi), Swedish (sv) and English (en); none may be blank.",
  });
  registry.add(PracticeCardSchema, {
    id: "PracticeCard",
    description:
      "A named practice elsewhere. `seed` must be listed in the checklist's sources and `items` must be " +
      "item ids of the checklist version named in `checklist`.",
  });
  const { $schema, ...schema } = z.toJSONSchema(PracticeCatalogSchema, { metadata: registry });
  const document = {
    $schema,
    title: "Kumppanuuspeili practice catalog",
    description:
      "Practices from other municipalities, linked to checklist items, stored as checklists/<id>/practices.json. " +
      "npm run validate-checklists also checks what this schema cannot: unique ids, known items and sources.",
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function generateAssessmentSchema(): string {
  const registry = z.registry<{ id?: string; description: string }>();
  registry.add(AssessmentMetaSchema, {
    id: "Meta",
    description: `Who answered, where and when. The municipality name is at most ${MUNICIPALITY_MAX} characters.`,
  });
  registry.add(AnswerSchema, {
    id: "Answer",
    description:
      "One item's answer: a level 0-3, 'don't know', or 'not applicable' with a reason. " +
      `A note and a reason are at most ${NOTE_MAX} characters.`,
  });
  registry.add(ActionSchema, {
    id: "Action",
    description:
      `A step of the plan. The description (what) is 1-${PLAN_TEXT_MAX} characters, the responsible role at ` +
      `most ${PLAN_LABEL_MAX}; itemId must be an item of the checklist.`,
  });
  registry.add(CalendarEventSchema, {
    id: "CalendarEvent",
    description:
      `A recurring event of the annual clock. The title is at most ${PLAN_LABEL_MAX} characters, the note at ` +
      `most ${PLAN_TEXT_MAX}.`,
  });
  registry.add(PlanFieldsSchema.actions, { description: `At most ${ACTIONS_MAX} actions.` });
  registry.add(PlanFieldsSchema.calendar, { description: `At most ${CALENDAR_MAX} events.` });
  registry.add(AssessmentFileV1Schema, { id: "AssessmentFileV1", description: "Version 1: answers only." });
  registry.add(AssessmentFileV2Schema, {
    id: "AssessmentFileV2",
    description: "Version 2: targets, actions and the annual clock joined the answers.",
  });
  registry.add(AssessmentFileSchema, {
    id: "AssessmentFileV3",
    description: "Version 3 (written by the app): the assessment's id, creation time and municipality code.",
  });
  const versions = z.discriminatedUnion("formatVersion", [
    AssessmentFileV1Schema,
    AssessmentFileV2Schema,
    AssessmentFileSchema,
  ]);
  const { $schema, ...schema } = z.toJSONSchema(versions, { metadata: registry });
  const document = {
    $schema,
    title: "Kumppanuuspeili assessment file",
    description:
      "An exported self-assessment, in any file format version the app still reads (formatVersion 1, 2 or 3). " +
      `A file is at most ${FILE_MAX_LABEL} of UTF-8 (a byte-order mark is allowed). The app also checks what ` +
      "this schema cannot: that the checklist id and version are shipped and every item id belongs to it.",
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function readCommitted(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

const args = process.argv.slice(2);
const generated: [string, string][] = [
  [SCHEMA_FILE, generateChecklistSchema()],
  [PRACTICES_SCHEMA_FILE, generatePracticesSchema()],
  [ASSESSMENT_SCHEMA_FILE, generateAssessmentSchema()],
];
if (args.length === 1 && args[0] === "--check") {
  for (const [file, text] of generated) {
    if (readCommitted(file) === text) {
      console.log(`${displayPath(file)} is up to date`);
    } else {
      console.error(`${displayPath(file)} is out of date: run npm run generate-json-schema`);
      process.exitCode = 1;
    }
  }
} else if (args.length === 0) {
  for (const [file, text] of generated) {
    writeFileSync(file, text);
    console.log(`Wrote ${displayPath(file)}`);
  }
} else {
  console.error("Usage: npm run generate-json-schema [-- --check]");
  process.exitCode = 2;
}
