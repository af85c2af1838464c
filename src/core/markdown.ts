import MarkdownIt from 'markdown-it';
import { safeExternalUrl } from './links';

/**
 * Markdown for card texts and handouts. Shared files are untrusted, so: no raw HTML, no images (nothing
 * is fetched), and links only to http(s) and mailto; anything else stays plain text.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });
markdown.disable(['image']);
markdown.validateLink = (url) => safeExternalUrl(url) !== null;

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]!.attrSet('rel', 'noopener noreferrer');
  tokens[index]!.attrSet('target', '_blank');
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
