import { create } from "zustand";
import type { Checklist } from "../domain/checklist";
import type { ReadChecklist } from "../domain/stored-checklist";
import { useAppStore } from "./app-store";
import { whenStorage } from "./storage-handle";

interface AdaptedChecklistsState {
  /** Null until read; damaged ones are listed too, never used. */
  kept: ReadChecklist[] | null;
  load(): Promise<void>;
  /** Keeps a new or edited adapted checklist and makes it usable at once; rejects when the write fails. */
  save(checklist: Checklist): Promise<void>;
}

function publish(kept: readonly ReadChecklist[]): void {
  useAppStore
    .getState()
    .setAdaptedChecklists(kept.flatMap((read) => (read.kind === "ok" ? [read.checklist] : [])));
}

export const useAdaptedChecklists = create<AdaptedChecklistsState>()((set) => ({
  kept: null,
  load: async () => {
    const kept = await (await whenStorage()).listChecklists();
    set({ kept });
    publish(kept);
  },
  save: async (checklist) => {
    const storage = await whenStorage();
    await storage.putChecklist(checklist);
    const kept = await storage.listChecklists();
    set({ kept });
    publish(kept);
  },
}));
