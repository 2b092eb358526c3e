import { useMemo } from 'react';
import { renderMarkdown } from './render-markdown';

/** A text written in Markdown, shown formatted and sanitised (see render-markdown.ts). */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return (
    <div
      className={className ? `markdown ${className}` : 'markdown'}
      // Sanitised by DOMPurify in renderMarkdown, after Markdown rendering escaped any HTML in the text.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** A FieldList value: the formatted text, or null (shown as "not set") when there is none. */
export function markdownValue(text: string | null | undefined) {
  return text && text.trim() !== '' ? <Markdown text={text} /> : null;
}
