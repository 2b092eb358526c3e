/**
 * Emoji and their modifiers: variation selectors, zero-width joiners and the keycap mark. As
 * alternatives, not one character class, since a joiner in a class would join its neighbours.
 */
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3}/gu;

/** The text with every emoji replaced by a space: "☂️ epic" → "   epic". */
export function withoutEmoji(text: string): string {
  return text.replace(EMOJI, ' ');
}
