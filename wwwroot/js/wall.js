// The wall display's clock, "Updated N s ago" and stale warning (Components/Pages/Wall/WallDisplay.razor). They tick
// here, in the browser, so the server does no per-second work for a wall. The server writes how old the figures are
// into data-age-ms with every render; counting on from the moment that value arrives (on the browser's monotonic
// clock) keeps the age right even when the TV's own clock is off.

const walls = new Map();

function describeAge(seconds) {
  if (seconds < 10) return 'Updated just now';
  if (seconds < 60) return `Updated ${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `Updated ${minutes} min ago`;
  return `Updated ${Math.floor(minutes / 60)} h ago`;
}

function staleText(seconds) {
  const minutes = Math.max(1, Math.floor(seconds / 60));
  return `No new figures for ${minutes} min: they may be out of date.`;
}

export function start(root) {
  if (!root) return;
  stop(root);
  const state = { receivedAt: 0, ageMs: 0, interval: 0, timeout: 0, observer: null };

  const tick = () => {
    const clock = root.querySelector('[data-wall-clock]');
    if (clock) {
      clock.textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    }
    const updated = root.querySelector('[data-wall-updated]');
    const stale = root.querySelector('[data-wall-stale]');
    const staleAfter = Number(root.dataset.staleAfter) || 0;
    const seconds = Math.floor((state.ageMs + performance.now() - state.receivedAt) / 1000);
    if (updated) {
      updated.textContent = describeAge(seconds);
    }
    const isStale = staleAfter > 0 && seconds > staleAfter;
    // An attribute Blazor does not render, so its re-renders leave it alone; the CSS shows the warning from it.
    root.toggleAttribute('data-stale', isStale);
    if (stale) {
      stale.textContent = isStale ? staleText(seconds) : '';
    }
  };

  const sync = () => {
    const age = Number(root.dataset.ageMs);
    state.ageMs = Number.isFinite(age) ? age : 0;
    state.receivedAt = performance.now();
    tick();
  };

  state.observer = new MutationObserver(sync);
  state.observer.observe(root, { attributes: true, attributeFilter: ['data-age-ms', 'data-stale-after'] });
  sync();
  // Tick on the second, so the clock turns over with the minute.
  state.timeout = setTimeout(() => {
    tick();
    state.interval = setInterval(tick, 1000);
  }, 1000 - (Date.now() % 1000));
  walls.set(root, state);
}

export function stop(root) {
  const state = walls.get(root);
  if (!state) return;
  clearTimeout(state.timeout);
  clearInterval(state.interval);
  state.observer?.disconnect();
  walls.delete(root);
}
