// Bridge between Components/Charts/LineChart.razor (and BarChart.razor) and Chart.js 4 (lib/chart.js/chart.umd.min.js, loaded by App.razor).
// The component sends the complete configuration, theme colours included; this module only owns the Chart instances:
// one per canvas, replaced when the component sends a new configuration, destroyed when the component goes away.

function prefersReducedMotion() {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

export function render(canvas, config) {
  const Chart = globalThis.Chart;
  if (!canvas || !Chart) {
    return false;
  }
  Chart.getChart(canvas)?.destroy();
  if (prefersReducedMotion()) {
    config.options = { ...(config.options ?? {}), animation: false };
  }
  new Chart(canvas, config);
  return true;
}

export function destroy(canvas) {
  const chart = canvas && globalThis.Chart?.getChart(canvas);
  chart?.destroy();
}
