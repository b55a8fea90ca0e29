/**
 * The limits a file and the stored state are held to, one constant each: the zod schemas, the forms, the JSON
 * Schema (generated) and the README state these numbers. Real files are 3–100 KB; the limits leave room.
 */
export const FILE_MAX_BYTES = 2 * 1024 * 1024;
/** An answer's note and a "not applicable" reason. */
export const NOTE_MAX = 2000;
export const MUNICIPALITY_MAX = 100;
/** Who took part in the assessment, by name or role, as the report's cover lists them. */
export const PARTICIPANTS_MAX = 400;
/** The summary for the board that opens the report's summary: a few paragraphs. */
export const REPORT_SUMMARY_MAX = 4000;
/** An action's description and a calendar event's note. */
export const PLAN_TEXT_MAX = 500;
/** An action's responsible role and a calendar event's title. */
export const PLAN_LABEL_MAX = 200;
export const ACTIONS_MAX = 500;
export const CALENDAR_MAX = 200;
/** A workshop's name, as its list and its archive show it. */
export const WORKSHOP_NAME_MAX = 100;
/** Finland has 308 municipalities; a workshop also holds associations' answers, several per municipality. */
export const WORKSHOP_MEMBERS_MAX = 1000;
/** Where a workshop member came from: most file systems allow 255 characters in a name. */
export const FILE_NAME_MAX = 255;
/** A workshop archive holds many assessments: up to WORKSHOP_MEMBERS_MAX files of ~50 KB each. */
export const WORKSHOP_ARCHIVE_MAX_BYTES = 50 * 1024 * 1024;
