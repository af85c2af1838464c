/**
 * Everything in a handout comes from a shared file and is untrusted. These helpers make such text inert
 * in the formats we write: it shows as the text it is and never becomes markup, script or a link.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and (double or single quoted) attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * Plain text for a Markdown document, so that a CommonMark or GFM renderer shows it literally: inline
 * markup, raw HTML, entities, links and table pipes are backslash-escaped, and so is what would start a
 * heading, list, quote or rule at the beginning of a line. Line breaks are kept; use `markdownLine` where
 * one line is needed (headings, table cells).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const escaped = line.trim().replace(/[\\`*_[\]<>|~&#!]/g, '\\$&');
      // A line that starts like a list item, a setext underline or a rule.
      return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
    })
    .join('\n');
}

/** Plain text on one line (a heading, a table cell, a list item). */
export function markdownLine(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

/** Paragraphs of plain text: blank lines separate paragraphs, single line breaks stay line breaks. */
export function markdownParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeMarkdown(line))
        .filter(Boolean)
        .join('\\\n'),
    )
    .join('\n\n');
}
