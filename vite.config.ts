/**
 * The web app's build: React under src/web, built to dist/web, which the server serves for every non-/api path.
 * `npm run dev:web` proxies /api to a server started with `npm start` on port 3000.
 */
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

/** Vendor code split by how often it changes, so a deploy of our own code keeps the big chunks cached. */
const vendorGroups = [
  { name: "react", test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
  { name: "antd", test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+|dayjs|@emotion|stylis)[\\/]/ },
  { name: "query", test: /node_modules[\\/]@tanstack[\\/]/ },
];

export default defineConfig({
  root: path.join(root, "src/web"),
  plugins: [react()],
  build: {
    outDir: path.join(root, "dist/web"),
    emptyOutDir: true,
    // Ant Design alone is about a megabyte minified; it is one cached chunk, loaded once.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
