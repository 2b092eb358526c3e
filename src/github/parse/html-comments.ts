/**
 * Removes `<!-- … -->` comments: GitHub does not show them, and issue templates keep their help text
 * in them. An unclosed comment hides the rest of the text on GitHub, so it is removed to the end.
 */
export function withoutHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}
