import type { Workshop } from "../../domain/workshop";
import { useWorkshopStore } from "../../store/workshops";
import { AddFiles } from "./add-files";
import { ImportStatus } from "./import-status";
import { useMemberImport } from "./use-member-import";

/**
 * Adding files to the open workshop. The progress lives here, so its ticks redraw this section only, never
 * the regional view.
 */
export function ImportSection({ workshop }: { workshop: Workshop }) {
  const state = useMemberImport();
  const onFiles = (files: File[]) =>
    state.importMembers(files, () => {
      const current = useWorkshopStore.getState().workshop ?? workshop;
      return { saved: current.members.map((member) => member.assessment), open: async () => current };
    });
  return (
    <>
      <AddFiles onFiles={onFiles} isBusy={state.progress !== null} />
      <ImportStatus state={state} workshop={workshop} />
    </>
  );
}
