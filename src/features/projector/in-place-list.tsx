import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import type { InPlace } from "../../domain/regional";
import { useCellLabel } from "../../ui/level-cell";
import { useMemberName } from "./member-name";

interface InPlaceListProps {
  inPlace: InPlace;
  showNotes: boolean;
}

function Members({
  members,
  itemId,
  showNotes,
}: {
  members: readonly Assessment[];
  itemId: string;
  showNotes: boolean;
}) {
  const { t } = useTranslation("projector");
  const nameOf = useMemberName();
  if (members.length === 0) return <p>{t("item.nobody")}</p>;
  return (
    <ul className="projector-members">
      {members.map((member) => {
        const note = showNotes ? member.answers[itemId]?.note : undefined;
        return (
          <li key={member.id}>
            {nameOf(member)}
            {note && <p className="projector-note">{t("item.note", { note })}</p>}
          </li>
        );
      })}
    </ul>
  );
}

/** Whom to call about a weak item: the members at level 3, then at level 2. */
export function InPlaceList({ inPlace, showNotes }: InPlaceListProps) {
  const { t } = useTranslation("projector");
  const cellLabel = useCellLabel();
  return (
    <section className="projector-in-place" aria-labelledby="projector-in-place-title">
      <h3 id="projector-in-place-title">{t("item.whoHas")}</h3>
      <h4>{cellLabel({ kind: "level", level: 3 })}</h4>
      <Members members={inPlace.full} itemId={inPlace.itemId} showNotes={showNotes} />
      <h4>{cellLabel({ kind: "level", level: 2 })}</h4>
      <Members members={inPlace.mostly} itemId={inPlace.itemId} showNotes={showNotes} />
    </section>
  );
}
