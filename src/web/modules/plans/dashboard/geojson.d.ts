/** Vite's `?raw` import: the file's text as a string (used for the shipped GeoJSON map). */
declare module "*.geojson?raw" {
  const text: string;
  export default text;
}
