// Saving what the API sends as a file: the name the server chose (Content-Disposition), handed to
// the browser through a Blob URL and an <a download> the script clicks.

/** The file name in a Content-Disposition header, preferring the UTF-8 `filename*` form. */
export function filenameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
  return (plain?.[1] ?? plain?.[2]?.trim()) || fallback;
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download at once; the URL can go once this task is over.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function saveResponse(response: Response, fallback: string): Promise<string> {
  const filename = filenameFrom(response.headers.get("Content-Disposition"), fallback);
  saveBlob(await response.blob(), filename);
  return filename;
}
