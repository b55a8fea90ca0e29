/** A dash for the eye and words for screen readers, which read a lone dash as "dash" or skip it. */
export function NoValue({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}
