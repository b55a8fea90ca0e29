/**
 * The files a drop carries, folders read through to every file inside (at any depth). Chromium, Firefox
 * and Safari expose dropped folders only through `webkitGetAsEntry`; `dataTransfer.files` lists a folder
 * as one empty file. A file that cannot be read (removed meanwhile, no permission) is left out: the import
 * reports files, and one unreadable entry must not stop the others.
 */
export async function droppedFiles(dataTransfer: DataTransfer): Promise<File[]> {
  // Entries must be taken synchronously: the item list is emptied once the drop handler yields.
  const entries: FileSystemEntry[] = [];
  const plainFiles: File[] = [];
  for (const item of Array.from(dataTransfer.items)) {
    if (item.kind !== "file") continue;
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) plainFiles.push(file);
    }
  }
  if (entries.length === 0 && plainFiles.length === 0) return Array.from(dataTransfer.files);
  const nested = await Promise.all(entries.map(filesIn));
  return [...plainFiles, ...nested.flat()];
}

async function filesIn(entry: FileSystemEntry): Promise<File[]> {
  if (isFile(entry)) {
    const file = await new Promise<File | null>((resolve) => entry.file(resolve, () => resolve(null)));
    return file ? [file] : [];
  }
  if (!isDirectory(entry)) return [];
  const children = await allEntries(entry.createReader());
  return (await Promise.all(children.map(filesIn))).flat();
}

/** readEntries gives at most 100 entries a call (Chromium); it is called until it returns none. */
async function allEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
