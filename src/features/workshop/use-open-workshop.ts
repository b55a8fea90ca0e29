import { useEffect, useState } from "react";
import { useWorkshopStore } from "../../store/workshops";

/** Opens the stored workshop; null while it is read, and a note when there is none by that id. */
export function useOpenWorkshop(workshopId: string) {
  const openWorkshop = useWorkshopStore((state) => state.openWorkshop);
  const workshop = useWorkshopStore((state) => (state.workshop?.id === workshopId ? state.workshop : null));
  const [isMissing, setIsMissing] = useState(false);
  useEffect(() => {
    void openWorkshop(workshopId).then((opened) => setIsMissing(opened === null));
  }, [openWorkshop, workshopId]);
  return { workshop, isMissing };
}
