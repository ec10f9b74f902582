// Small browser facts and preferences the server-side components ask for once per circuit.
export function timeZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function getPreference(key) {
  try {
    return localStorage.getItem('salesops.' + key);
  } catch {
    return null;
  }
}

export function setPreference(key, value) {
  try {
    localStorage.setItem('salesops.' + key, value);
  } catch {
    // Private windows may refuse storage; the preference then lasts for this visit only.
  }
}
