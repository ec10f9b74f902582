// Keyboard helpers for fast forms. App-wide shortcuts: a component registers one combination (KeyboardEvent.code plus
// modifiers) and a .NET object reference; pressing it calls the named [JSInvokable] method. Matching on code, not key,
// keeps Alt+Shift+E working on layouts and systems (macOS Option) where the key produces another character.
const registrations = new Map();
let nextId = 1;

export function register(dotNet, shortcut) {
  const handler = (event) => {
    if (event.repeat || event.code !== shortcut.code
      || event.altKey !== !!shortcut.alt || event.shiftKey !== !!shortcut.shift
      || event.ctrlKey !== !!shortcut.ctrl || event.metaKey !== !!shortcut.meta) {
      return;
    }
    event.preventDefault();
    dotNet.invokeMethodAsync(shortcut.method).catch(() => {
      // The circuit is gone (reconnecting or closed); the shortcut does nothing until the page is back.
    });
  };
  document.addEventListener('keydown', handler);
  const id = nextId++;
  registrations.set(id, handler);
  return id;
}

export function unregister(id) {
  const handler = registrations.get(id);
  if (handler) {
    document.removeEventListener('keydown', handler);
    registrations.delete(id);
  }
}

// Puts the cursor in the first element inside container that matches selector (for fields that cannot autofocus).
export function focusFirst(container, selector) {
  const target = container?.querySelector(selector);
  if (target) {
    target.focus();
    return true;
  }
  return false;
}
