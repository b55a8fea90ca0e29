import type { Workshop } from "../../domain/workshop";
import { downloadTextFile } from "../../ui/download";

/** One archive file with every member's assessment, for the next host to import. */
export async function downloadWorkshopFile(workshop: Workshop): Promise<void> {
  const { toWorkshopFile, workshopFileName } = await import("../../domain/workshop-archive");
  downloadTextFile(workshopFileName(workshop), JSON.stringify(toWorkshopFile(workshop), null, 2));
}
