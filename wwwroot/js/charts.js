// Bridge between the Razor <ChartCanvas> component and Chart.js 4 (loaded as lib/chart.js/chart.umd.min.js).
// One chart per canvas; the component owns its lifetime and calls destroy when it goes away.
const charts = new WeakMap();

function themed(config, dark) {
  const text = dark ? '#e0e0e0' : '#424242';
  const grid = dark ? 'rgba(255,255,255,0.12)' : 'rgba(0,0,0,0.08)';
  const options = config.options ?? {};
  options.responsive = true;
  options.maintainAspectRatio = false;
  options.animation = options.animation ?? { duration: 300 };
  options.plugins = options.plugins ?? {};
  options.plugins.legend = { labels: { color: text }, ...(options.plugins.legend ?? {}) };
  options.scales = options.scales ?? {};
  for (const axis of Object.values(options.scales)) {
    axis.ticks = { color: text, ...(axis.ticks ?? {}) };
    axis.grid = { color: grid, ...(axis.grid ?? {}) };
  }
  return { ...config, options };
}

export function render(canvas, config, dark) {
  if (!canvas || !globalThis.Chart) {
    return false;
  }
  const existing = charts.get(canvas);
  if (existing) {
    existing.destroy();
  }
  charts.set(canvas, new globalThis.Chart(canvas, themed(config, dark)));
  return true;
}

export function destroy(canvas) {
  const chart = canvas && charts.get(canvas);
  if (chart) {
    chart.destroy();
    charts.delete(canvas);
  }
}
