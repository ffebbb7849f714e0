/**
 * The five corridor cities on the map of Hubei, coloured by one indicator's values for one year; the other
 * prefectures grey, outside the scale. Pure: values in, option out.
 */
import { HUBEI_FEATURES, HUBEI_MAP } from "./hubeiMap.ts";
import type { ChartOption } from "../../../platform/charts/echarts.ts";
import type { CityValue, Indicator } from "../types.ts";

const OUTSIDE = "#e8e8e8";
const NO_VALUE = "#fafafa";

/** Indicators with a value for at least one corridor city: the ones a map can show. */
export function mappable(indicators: Indicator[]): Indicator[] {
  const corridor = new Set(HUBEI_FEATURES.filter((f) => f.corridor).map((f) => f.code));
  return indicators.filter((i) => i.cityValues.some((v) => corridor.has(v.cityCode) && v.value !== null));
}

export function mapYears(indicator: Indicator | undefined): number[] {
  const corridor = new Set(HUBEI_FEATURES.filter((f) => f.corridor).map((f) => f.code));
  return [...new Set((indicator?.cityValues ?? []).filter((v) => corridor.has(v.cityCode) && v.value !== null).map((v) => v.year))].sort((a, b) => b - a);
}

/** The corridor cities' values of the year, in the map's order, a city without one included as missing. */
export function cityValuesOf(indicator: Indicator | undefined, year: number | undefined): { code: string; name: string; value: CityValue | undefined }[] {
  return HUBEI_FEATURES.filter((f) => f.corridor).map((f) => ({
    code: f.code,
    name: f.name,
    value: indicator?.cityValues.find((v) => v.cityCode === f.code && v.year === year && v.value !== null),
  }));
}

export function mapOption(indicator: Indicator | undefined, year: number | undefined, unit: string): ChartOption {
  const cities = cityValuesOf(indicator, year);
  const numbers = cities.flatMap((c) => (c.value?.value !== null && c.value?.value !== undefined ? [c.value.value] : []));
  const min = numbers.length ? Math.min(...numbers) : 0;
  const max = numbers.length ? Math.max(...numbers) : 1;
  const data = HUBEI_FEATURES.map((f) => {
    const city = cities.find((c) => c.code === f.code);
    if (!city) return { name: f.name, value: Number.NaN, itemStyle: { areaColor: OUTSIDE }, label: { show: false } };
    const value = city.value?.value ?? Number.NaN;
    return { name: f.name, value, itemStyle: Number.isNaN(value) ? { areaColor: NO_VALUE } : undefined, label: { show: true } };
  });
  return {
    tooltip: { trigger: "item", formatter: `{b}: {c} ${unit}` },
    visualMap: {
      type: "continuous",
      min,
      max: max === min ? min + 1 : max,
      calculable: true,
      left: 8,
      bottom: 8,
      inRange: { color: ["#d6e4ff", "#597ef7", "#10239e"] },
    },
    series: [
      {
        type: "map",
        map: HUBEI_MAP,
        roam: false,
        itemStyle: { borderColor: "#999", areaColor: OUTSIDE },
        label: { fontSize: 11 },
        emphasis: { label: { show: true } },
        data,
      },
    ],
  };
}
