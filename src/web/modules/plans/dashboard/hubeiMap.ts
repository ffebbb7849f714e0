/**
 * ECharts as the dashboard uses it: only the charts and components drawn here (modular imports keep the rest of
 * ECharts out of the bundle), and the map of Hubei's prefectures shipped in data/maps (keyed by GB/T 2260 code).
 */
import * as echarts from "echarts/core";
import { BarChart, LineChart, MapChart, PieChart, type BarSeriesOption, type LineSeriesOption, type MapSeriesOption, type PieSeriesOption } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  VisualMapComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type MarkPointComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import hubeiText from "../../../../../data/maps/hubei-cities.geojson?raw";

echarts.use([LineChart, BarChart, PieChart, MapChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, MarkPointComponent, VisualMapComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | PieSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | VisualMapComponentOption
>;

export type HubeiFeature = { code: string; name: string; corridor: boolean };
type GeoJson = Parameters<typeof echarts.registerMap>[1];

export const HUBEI_MAP = "hubei";
const hubei: GeoJson & { features: { properties: HubeiFeature }[] } = JSON.parse(hubeiText);
echarts.registerMap(HUBEI_MAP, hubei);

/** The prefectures as the map knows them: the map's regions are named by `name`, the data is keyed by `code`. */
export const HUBEI_FEATURES: HubeiFeature[] = hubei.features.map((f) => ({ code: f.properties.code, name: f.properties.name, corridor: f.properties.corridor }));

export { echarts };
