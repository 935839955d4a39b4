/**
 * Saves a file made in the browser (a filtered CSV/JSON download, an exported image) under its
 * name: an object URL on a temporary link, revoked once the download has had time to start.
 */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
