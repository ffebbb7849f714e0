/**
 * ECharts as the pages use it: only the charts and components drawn somewhere (modular imports keep the rest of
 * ECharts out of the bundle). A module that needs more (the dashboard's map of Hubei, the market's Sankey of
 * technology flows) registers it beside its chart; its option type is listed here all the same.
 */
import * as echarts from "echarts/core";
import { BarChart, FunnelChart, LineChart, PieChart, type BarSeriesOption, type FunnelSeriesOption, type LineSeriesOption, type MapSeriesOption, type PieSeriesOption, type SankeySeriesOption } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type MarkPointComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([LineChart, BarChart, PieChart, FunnelChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, MarkPointComponent, CanvasRenderer]);

/** Every option the pages build; the map's types are here too so that one EChart component draws them all. */
export type ChartOption = echarts.ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | PieSeriesOption
  | SankeySeriesOption
  | FunnelSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | VisualMapComponentOption
>;

export { echarts };
