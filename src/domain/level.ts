/** Levels 0–3: not in place / started / mostly in place / fully in place. */
export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

export const FULL_LEVEL: Level = 3;
