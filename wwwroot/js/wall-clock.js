// The wall's clock, in the display's own time zone. The numbers themselves refresh with the page every minute.
(() => {
  const tick = () => {
    for (const el of document.querySelectorAll('[data-wall-clock]')) {
      el.textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    }
  };
  tick();
  setInterval(tick, 1000);
})();
