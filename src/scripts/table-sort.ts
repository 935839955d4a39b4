/**
 * Sortable data tables: each column header becomes a button; a click sorts ascending, the next
 * descending, with aria-sort on the header. Numbers sort by data-sort-value (the raw figure
 * written at build time), text by the page's collation; cells without a value sort last.
 * Without JavaScript the table is readable in the order the data is published.
 */
export function enhanceSort(table: HTMLTableElement, lang: string): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>("thead th")];
  const body = table.tBodies[0];
  if (!body) return;
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });
  headers.forEach((header, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener("click", () => {
      const ascending = header.getAttribute("aria-sort") !== "ascending";
      for (const other of headers) other.removeAttribute("aria-sort");
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[column];
        const raw = cell?.dataset["sortValue"];
        return { number: raw === undefined || raw === "" ? undefined : Number(raw), text: cell?.textContent?.trim() ?? "" };
      };
      const rows = [...body.rows].map((row) => ({ row, key: key(row) }));
      const numeric = rows.some((entry) => entry.key.number !== undefined);
      rows.sort((a, b) => {
        if (numeric) {
          if (a.key.number === undefined || Number.isNaN(a.key.number)) return b.key.number === undefined ? 0 : 1;
          if (b.key.number === undefined || Number.isNaN(b.key.number)) return -1;
          return ascending ? a.key.number - b.key.number : b.key.number - a.key.number;
        }
        return ascending ? collator.compare(a.key.text, b.key.text) : collator.compare(b.key.text, a.key.text);
      });
      body.append(...rows.map((entry) => entry.row));
    });
  });
}
