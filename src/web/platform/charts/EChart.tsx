/** One ECharts instance in a div: created on mount, given each new option, resized with its box, disposed on unmount. */
import { useEffect, useRef, useState } from "react";
import { echarts, type ChartOption } from "./echarts.ts";

/** `onChart` receives the instance (for exports); pass a stable function, a state setter, or the chart is rebuilt. */
type Props = { option: ChartOption; height: number; onChart?: (chart: echarts.EChartsType | null) => void; label: string };

export function EChart({ option, height, onChart, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<echarts.EChartsType | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: "canvas" });
    setChart(instance);
    onChart?.(instance);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      onChart?.(null);
      instance.dispose();
    };
    // onChart is a state setter (stable), so the instance lives as long as the element.
  }, [onChart]);

  useEffect(() => {
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: "100%", height }} />;
}
