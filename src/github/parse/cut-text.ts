/**
 * Cuts a text to at most `max` UTF-16 code units (the unit zod's `.max()` counts), ending with '…'
 * when cut, and never in the middle of a surrogate pair.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
