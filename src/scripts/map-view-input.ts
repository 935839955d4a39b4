/**
 * Sets one of a chart's view parameters as if the reader had used its control: the control's
 * value changes and a bubbling "change" reaches chart-view.ts, which applies the view and keeps
 * it in the URL. Values outside the control's options are ignored (chart-view checks them too).
 */
export function setViewParam(figure: HTMLElement, name: string, value: string): boolean {
  const select = figure.querySelector<HTMLSelectElement>(`select[data-param="${name}"]`);
  if (!select || ![...select.options].some((option) => option.value === value)) return false;
  if (select.value === value) return true;
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
  return true;
}
