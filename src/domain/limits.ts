/**
 * The limits a file and the stored state are held to, one constant each: the zod schemas, the forms, the JSON
 * Schema (generated) and the README state these numbers. Real files are 3–100 KB; the limits leave room.
 */
export const FILE_MAX_BYTES = 2 * 1024 * 1024;
/** An answer's note and a "not applicable" reason. */
export const NOTE_MAX = 2000;
export const MUNICIPALITY_MAX = 100;
/** An action's description and a calendar event's note. */
export const PLAN_TEXT_MAX = 500;
/** An action's responsible role and a calendar event's title. */
export const PLAN_LABEL_MAX = 200;
export const ACTIONS_MAX = 500;
export const CALENDAR_MAX = 200;
