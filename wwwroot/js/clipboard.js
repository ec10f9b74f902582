// Copies text to the clipboard; rejects where the browser does not allow it (plain http other than localhost).
export function copyText(text) {
  return navigator.clipboard.writeText(text);
}
