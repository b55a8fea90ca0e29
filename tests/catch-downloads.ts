import { onTestFinished, vi } from "vitest";

export interface CaughtFile {
  name: string;
  blob: Blob;
}

/**
 * jsdom has no object URLs: the browser's download is replaced, the file's name and contents are real.
 * Undone when the test ends.
 */
export function catchDownloads(): CaughtFile[] {
  const files: CaughtFile[] = [];
  let blob: Blob | null = null;
  vi.stubGlobal(
    "URL",
    class extends URL {
      static override createObjectURL = (value: Blob) => {
        blob = value;
        return "blob:file";
      };
      static override revokeObjectURL = () => {};
    },
  );
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) files.push({ name: this.download, blob });
  });
  onTestFinished(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  return files;
}
