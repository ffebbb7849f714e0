/** The Sankey chart, registered with ECharts only where the flows page loads (it is drawn nowhere else). */
import { SankeyChart } from "echarts/charts";
import { echarts } from "../../../platform/charts/echarts.ts";

echarts.use([SankeyChart]);
