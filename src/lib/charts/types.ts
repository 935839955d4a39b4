import type { PlotOptions } from "@observablehq/plot";
import type { Lang } from "~/i18n";
import type { DatasetMeta } from "~/lib/data/metadata";
import type { ViewParam } from "~/lib/url/view-state";

export { CHART_IDS, type ChartId } from "./chart-ids";
import type { ChartId } from "./chart-ids";

/** The two layouts every chart is rendered in; CSS container queries pick one (no JS). */
export type ChartLayout = "compact" | "wide";

/** A dated event marked on a chart, numbered in date order (from data/policy-events.csv). */
export interface ChartAnnotation {
  id: string;
  /** 1-based number shown on the chart and in the key below it. */
  number: number;
  /** ISO date and its precision, as in the events dataset. */
  date: string;
  year: number;
  title: string;
  sourceIds: string[];
}

export interface ChartRenderOptions {
  lang: Lang;
  layout: ChartLayout;
  /** Width of the SVG's coordinate system in px; the SVG then scales to its container. */
  width: number;
  /** Events to mark (empty when the chart has none). */
  annotations: readonly ChartAnnotation[];
  /** The value of the chart's variant parameter this SVG is drawn for (see `variant`). */
  variant?: string;
}

export interface TableColumn<Row> {
  header: (lang: Lang) => string;
  cell: (row: Row, lang: Lang) => string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /**
   * The raw number a numeric column sorts by (the sortable table reads it from a data attribute,
   * never from the formatted text). Without it, the number is read from the cell text at build time.
   */
  value?: (row: Row) => number | undefined;
}

/**
 * Everything that makes one chart: its data accessor, its pure spec, its summary sentence and
 * its table. Pages, embeds and downloads are generated from this by one mechanism.
 */
export interface ChartDefinition<Row> {
  /** A chart id, or "atlas" for the layered map at /map/. */
  id: ChartId | "atlas";
  /** The dataset the chart draws; its CSV/JSON downloads are `/data/<datasetId>.csv|json`. */
  datasetId: string;
  load: () => { meta: DatasetMeta; rows: Row[] };
  /** Pure: data and options in, Plot options out. No DOM, no I/O. */
  spec: (rows: Row[], options: ChartRenderOptions) => PlotOptions;
  /** One sentence computed from the data; the SVG's aria-label and the visible summary. */
  summary: (rows: Row[], lang: Lang) => string;
  table: Array<TableColumn<Row>>;
  /** The source id each row cites; the table gets a linked "Source" column from it. */
  rowSource: (row: Row) => string;
  /**
   * Sources of figures a row's derived values rest on besides its own (the national total a
   * computed share divides by): listed with the chart's sources, after the rows' own.
   */
  extraSources?: (row: Row) => readonly string[];
  /**
   * How the chart computes what it draws from the dataset, when it does more than draw the rows
   * (a share computed here): shown first among the chart's notes and on /methodology/.
   */
  method?: (lang: Lang) => string[];
  /** The series a row belongs to (data-key on its table row), so the table follows a set view. */
  rowKey?: (row: Row) => string;
  /** Marks policy events from data/policy-events.csv (rows whose `charts` name this chart). */
  /**
   * Policy events from data/policy-events.csv (rows whose `charts` name this chart): "drawn" when
   * the spec marks them on a time axis, "listed" when they are only listed below the chart.
   */
  annotated?: "drawn" | "listed";
  /**
   * View parameters kept in the URL. Each becomes a `data-<name>` attribute on the figure that
   * CSS and the enhancement script act on; labels come from `view.<name>.*` dictionary keys.
   */
  views?: ViewParam[] | ((rows: Row[]) => ViewParam[]);
  /** A view parameter whose values need their own SVG (e.g. counts vs shares); all are pre-rendered. */
  variant?: string;
  /** A colour key shown under the chart, for charts with several series. */
  legend?: (rows: Row[], lang: Lang) => LegendItem[];
  /**
   * CSS rules (scoped to the figure's id) that apply view state without JavaScript for the
   * default view and with it for any other: used by the maps to recolour states per year.
   */
  viewStyles?: (rows: Row[], figureId: string) => string;
  /** The layouts to render; maps scale to any width and render one. Default: compact and wide. */
  layouts?: readonly ChartLayout[];
  /** Extra lines under the legend (e.g. what circle size means). */
  legendNotes?: (lang: Lang) => string[];
  /** Labels for the view controls; by default `view.<name>.label` and `view.<name>.<value>`. */
  viewLabels?: (lang: Lang) => Record<string, ViewLabels>;
  /**
   * For charts drawn on a yearly band axis or a UTC time axis: the year of each row. The chart
   * then gets a `time` range parameter (`?time=2019..2025`) clamped to the rows' years; the view
   * is derived from the server-rendered SVG (see src/lib/charts/time-axis.ts), the table and
   * downloads follow it.
   */
  timeRange?: {
    year: (row: Row) => number;
    /** Rows listed in the table but not drawn (share-only nationality rows): their years are not offered as a range. */
    drawn?: (row: Row) => boolean;
  };
  /**
   * The map chart that shows these rows' places: the chart gets a Map tab linking to it, carrying
   * the listed view parameters when the map accepts the same value.
   */
  places?: { chart: ChartId; carry?: readonly string[] };
}

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** Swatch shape, when the chart encodes something by shape (default: square swatch). */
  shape?: "circle" | "square";
  /** The map layer an item belongs to; its key is hidden with the layer. */
  group?: string;
  /** Not in the default view (a series outside the default set): hidden until the view shows it. */
  hidden?: boolean;
}

export interface ViewLabels {
  label: string;
  options: Record<string, string>;
}
