import MarkdownIt from 'markdown-it';
import { safeExternalUrl } from './links';

/**
 * Markdown for card texts and handouts. Shared files are untrusted, so: no raw HTML, no images (nothing
 * is fetched), and links only to http(s) and mailto; anything else stays plain text.
 */
let markdown: InstanceType<typeof MarkdownIt> | null = null;

// Made on first use: a host that starts without rendering anything never pays for the parser.
function markdownRenderer(): InstanceType<typeof MarkdownIt> {
  if (markdown) return markdown;
  const created = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });
  created.disable(['image']);
  created.validateLink = (url) => safeExternalUrl(url) !== null;
  const defaultLinkOpen =
    created.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  created.renderer.rules.link_open = (tokens, index, options, env, self) => {
    tokens[index]!.attrSet('rel', 'noopener noreferrer');
    tokens[index]!.attrSet('target', '_blank');
    return defaultLinkOpen(tokens, index, options, env, self);
  };
  return (markdown = created);
}

export function renderMarkdown(source: string): string {
  return markdownRenderer().render(source);
}

export type MarkdownToken = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/**
 * The token stream of the same parser, for writers of other formats (the Markdown and Word handouts): a
 * link in it passed `validateLink`, so they never have to find links in the text themselves.
 */
export function parseMarkdown(source: string): MarkdownToken[] {
  return markdownRenderer().parse(source, {});
}
