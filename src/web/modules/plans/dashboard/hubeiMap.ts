/**
 * The map of Hubei's prefectures shipped in data/maps (keyed by GB/T 2260 code), registered with ECharts together
 * with the map chart and the visual map that colours it; only the dashboard's map card loads it.
 */
import { MapChart } from "echarts/charts";
import { VisualMapComponent } from "echarts/components";
import { echarts } from "../../../platform/charts/echarts.ts";
import hubeiText from "../../../../../data/maps/hubei-cities.geojson?raw";

echarts.use([MapChart, VisualMapComponent]);

export type HubeiFeature = { code: string; name: string; corridor: boolean };
type GeoJson = Parameters<typeof echarts.registerMap>[1];

export const HUBEI_MAP = "hubei";
const hubei: GeoJson & { features: { properties: HubeiFeature }[] } = JSON.parse(hubeiText);
echarts.registerMap(HUBEI_MAP, hubei);

/** The prefectures as the map knows them: the map's regions are named by `name`, the data is keyed by `code`. */
export const HUBEI_FEATURES: HubeiFeature[] = hubei.features.map((f) => ({ code: f.properties.code, name: f.properties.name, corridor: f.properties.corridor }));
