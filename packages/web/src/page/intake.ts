// Getting statements in: files dropped on the drop zone or chosen with the file button, or text
// pasted into the box; anything else dropped on the page is kept from replacing it.
import { byId } from "./dom.js";

export const accepted = [".txt", ".md", ".yaml", ".yml", ".json", ".docx"];

const isAccepted = (file: File) => accepted.some((extension) => file.name.toLowerCase().endsWith(extension));

export function wireIntake(handlers: {
  files(files: File[]): void;
  text(text: string): void;
  refused(names: string[]): void;
}): void {
  const zone = byId<HTMLElement>("drop-zone");
  const input = byId<HTMLInputElement>("file-input");
  const paste = byId<HTMLTextAreaElement>("paste-text");
  const read = byId<HTMLButtonElement>("paste-read");

  const take = (files: File[]) => {
    const refused = files.filter((file) => !isAccepted(file)).map((file) => file.name);
    if (refused.length > 0) handlers.refused(refused);
    const usable = files.filter(isAccepted);
    if (usable.length > 0) handlers.files(usable);
  };

  input.addEventListener("change", () => {
    take([...(input.files ?? [])]);
    // Cleared so choosing the same file again (after fixing it) still fires `change`.
    input.value = "";
  });
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") === true;
  zone.addEventListener("dragover", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    zone.classList.add("dragging-over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging-over"));
  zone.addEventListener("drop", (event) => {
    zone.classList.remove("dragging-over");
    if (!hasFiles(event)) return;
    event.preventDefault();
    take([...(event.dataTransfer?.files ?? [])]);
  });
  // A file dropped beside the zone would otherwise open in the tab and lose every edit.
  for (const type of ["dragover", "drop"] as const) {
    window.addEventListener(type, (event) => {
      if (hasFiles(event)) event.preventDefault();
    });
  }
  read.addEventListener("click", () => {
    if (paste.value.trim() === "") {
      paste.focus();
      return;
    }
    handlers.text(paste.value);
  });
}
