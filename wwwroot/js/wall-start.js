// Starts Blazor on a wall display page (loaded by App.razor instead of Blazor's autostart, wall pages only).
// - The hub refuses circuits to anyone not signed in; a wall has no session, so its address carries the display's token
//   (Auth/WallDisplayHubAccess.cs checks it on the negotiation and the connection).
// - Losing the connection shows a small indicator, never a modal; Blazor keeps trying to reconnect.
// - When the circuit is gone for good (the app restarted: the reconnect is rejected) or the retries run out, the wall
//   waits until the app answers its health check and then reloads itself; the rotation resumes where the clock says.
// - An unhandled error ends a circuit with Blazor's error bar, which walls never show: the wall starts afresh instead.
(() => {
  const retryEveryMs = 5000;
  const maxRetries = 24; // about two minutes; then the wall reloads as soon as the app answers

  const match = /\/wall\/([^/?#]+)/.exec(location.pathname);
  const token = match ? decodeURIComponent(match[1]) : '';

  // Blazor's reconnection handler uses an element with this id instead of its own modal, and tells it the state.
  const indicator = document.createElement('div');
  indicator.id = 'components-reconnect-modal';
  indicator.className = 'wall-reconnect';
  indicator.setAttribute('role', 'status');
  indicator.setAttribute('data-testid', 'wall-reconnect');
  const text = document.createElement('span');
  text.textContent = 'Reconnecting…';
  indicator.append(text);
  document.body.append(indicator);

  let reloading = false;
  const reloadWhenTheAppAnswers = async () => {
    if (reloading) return;
    reloading = true;
    indicator.classList.add('components-reconnect-show');
    text.textContent = 'Waiting for the server…';
    for (;;) {
      try {
        const response = await fetch('healthz', { cache: 'no-store' });
        if (response.ok) {
          location.reload();
          return;
        }
      } catch {
        // Not answering yet.
      }
      await new Promise(resolve => setTimeout(resolve, retryEveryMs));
    }
  };

  indicator.addEventListener('components-reconnect-state-changed', event => {
    const state = event.detail?.state;
    if (state === 'show' || state === 'retrying') {
      text.textContent = 'Reconnecting…';
    } else if (state === 'paused') {
      Blazor.resumeCircuit().then(resumed => { if (!resumed) reloadWhenTheAppAnswers(); }, reloadWhenTheAppAnswers);
    } else if (state === 'rejected' || state === 'failed' || state === 'resume-failed') {
      reloadWhenTheAppAnswers();
    }
  });

  const errorBar = document.getElementById('blazor-error-ui');
  if (errorBar) {
    new MutationObserver(() => {
      if (errorBar.style.display && errorBar.style.display !== 'none') reloadWhenTheAppAnswers();
    }).observe(errorBar, { attributes: true, attributeFilter: ['style'] });
  }

  Blazor.start({
    circuit: {
      configureSignalR: builder => builder.withUrl('_blazor?wall=' + encodeURIComponent(token)),
      reconnectionOptions: {
        maxRetries,
        retryIntervalMilliseconds: attempt => (attempt === 0 ? 0 : retryEveryMs),
      },
    },
  });
})();
