/** The grid rings of every theme radar, screen and PDF, on the 0–100 scale. */
export const RADAR_RINGS = [25, 50, 75, 100] as const;

export type Point = readonly [number, number];

/** The first axis points up; the others follow clockwise, evenly spaced. */
export function radarAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** Where `value` (0–100) lies on axis `index` of `count`, for a radar of `radius` around `center`. */
export function radarPoint(
  center: Point,
  radius: number,
  index: number,
  count: number,
  value: number,
): Point {
  const angle = radarAngle(index, count);
  const r = (radius * value) / 100;
  return [center[0] + r * Math.cos(angle), center[1] + r * Math.sin(angle)];
}
