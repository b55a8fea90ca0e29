/** Levels 0–3: not in place / started / mostly in place / fully in place. */
export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

/** The top level, "fully in place": an item's score is its level / FULL_LEVEL, and the default target. */
export const FULL_LEVEL = 3 satisfies Level;
