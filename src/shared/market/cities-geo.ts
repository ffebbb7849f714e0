/**
 * Where the five corridor cities are: the seat of each city's people's government (WGS-84, to about 0.01°, a
 * kilometre), and the great-circle distance between two cities. Distance between city seats is what the matcher
 * explains ("黄冈 · 约 60 km"); it is not a travel distance and says nothing about places inside a city.
 */
import type { CITIES } from "../regions.ts";

export type MarketCityCode = (typeof CITIES)[number]["code"];

export const CITY_COORDINATES: Readonly<Record<MarketCityCode, { lat: number; lon: number }>> = {
  "420100": { lat: 30.593, lon: 114.305 }, // 武汉市 (江岸区)
  "420200": { lat: 30.2, lon: 115.039 }, // 黄石市 (下陆区)
  "420700": { lat: 30.391, lon: 114.895 }, // 鄂州市 (鄂城区)
  "421100": { lat: 30.453, lon: 114.872 }, // 黄冈市 (黄州区)
  "421200": { lat: 29.841, lon: 114.322 }, // 咸宁市 (咸安区)
};

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;

export function isMarketCity(code: string): code is MarketCityCode {
  return Object.hasOwn(CITY_COORDINATES, code);
}

/** Great-circle (haversine) distance between two corridor cities' seats in km, rounded to 1 km; null if either is not one. */
export function cityDistanceKm(a: string, b: string): number | null {
  if (!isMarketCity(a) || !isMarketCity(b)) return null;
  const p = CITY_COORDINATES[a];
  const q = CITY_COORDINATES[b];
  const rad = Math.PI / 180;
  const dLat = (q.lat - p.lat) * rad;
  const dLon = (q.lon - p.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p.lat * rad) * Math.cos(q.lat * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))));
}
