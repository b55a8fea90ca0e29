import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Level } from "../domain/level";
import "./level-cell.css";

/**
 * What a cell shows. The regional Cell has this shape, and so has an item's Answer (its note and reason
 * aside), so both render without conversion.
 */
export type ShownCell =
  | { kind: "level"; level: Level }
  | { kind: "dontKnow" | "notApplicable" | "unanswered" };

// "?" and the en dash differ in shape, so don't know and not applicable stay apart without colour too.
const GLYPHS = { dontKnow: "?", notApplicable: "–", unanswered: "" } as const;

function glyph(cell: ShownCell): string {
  return cell.kind === "level" ? String(cell.level) : GLYPHS[cell.kind];
}

function modifier(cell: ShownCell): string {
  return cell.kind === "level" ? `level-${cell.level}` : cell.kind;
}

/**
 * The answer's name from the common namespace. One hook per table, not per cell: a heatmap of 308
 * municipalities has thousands of cells, and each useTranslation subscribes to i18n.
 */
export function useCellLabel(): (cell: ShownCell) => string {
  const { t } = useTranslation("common");
  return useCallback(
    (cell: ShownCell) => (cell.kind === "level" ? t(`answer.level${cell.level}`) : t(`answer.${cell.kind}`)),
    [t],
  );
}

interface LevelCellProps {
  cell: ShownCell;
  /** The answer's name (useCellLabel): read by screen readers and shown on hover. */
  label: string;
}

/**
 * A level as a digit (0–3), don't know as "?", not applicable as "–", unanswered blank, each on its own
 * colour with text at 4.5:1 or more. Fills the table cell it is put in; screen readers hear the answer's
 * name rather than the bare glyph.
 */
export function LevelCell({ cell, label }: LevelCellProps) {
  return (
    <span className={`level-cell level-cell-${modifier(cell)}`} title={label}>
      <span aria-hidden="true">{glyph(cell)}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
