import { safeExternalUrl } from '../links';
import { parseMarkdown, type MarkdownToken } from '../markdown';

/**
 * A Markdown field (card instructions, trainer notes) written back as Markdown that stays inert in any
 * renderer, also one that allows raw HTML or follows any link: the field is parsed by the app's own
 * parser and the file is written from its tokens. Every text is escaped, so nothing in it can become
 * HTML, an entity, an image, an autolink or a link; the only links are the ones the parser accepted
 * (http, https, mailto after `validateLink`), written by us with a percent-encoded address. Finding
 * links in the text with patterns missed combinations (two touching links, references, entities).
 */

interface Node {
  token: MarkdownToken;
  children: Node[];
}

function tree(tokens: readonly MarkdownToken[]): Node[] {
  const root: Node[] = [];
  const open: Node[][] = [root];
  for (const token of tokens) {
    if (token.nesting === -1) {
      open.pop();
      continue;
    }
    const node: Node = { token, children: [] };
    open[open.length - 1]!.push(node);
    if (token.nesting === 1) open.push(node.children);
  }
  return root;
}

/** Text shown literally: every character that could start markup is backslash-escaped. */
function escapeText(text: string, lineStart: boolean): string {
  const escaped = text.replace(/[\\`*_[\]<>|~&#!]/g, '\\$&');
  if (!lineStart) return escaped;
  // What would start a list item, a setext underline or an indented code block at the beginning of a line.
  return escaped
    .trimStart()
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** A link address as a Markdown destination: anything that could end or change it is percent-encoded. */
function destination(href: string): string {
  return href.replace(/[^A-Za-z0-9\-._~:/?#@!$+,;=%*']/g, (char) => {
    if (char === '&') return '&amp;';
    const code = char.charCodeAt(0);
    return code < 0x80 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(char);
  });
}

const longestRun = (text: string, char: string) => Math.max(0, ...(text.match(new RegExp(`${char}+`, 'g')) ?? []).map((run) => run.length));

function codeSpan(content: string, inTable: boolean): string {
  const fence = '`'.repeat(longestRun(content, '`') + 1);
  const body = inTable ? content.replace(/\|/g, '\\|') : content;
  const pad = /^[` ]|[` ]$/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** The inline content of one block as lines (soft and hard breaks start a new line). */
function inline(tokens: readonly MarkdownToken[], inTable = false): string[] {
  const lines = [''];
  const add = (text: string) => (lines[lines.length - 1] += text);
  const links: (string | null)[] = [];
  for (const token of tokens) {
    const lineStart = lines[lines.length - 1] === '';
    switch (token.type) {
      case 'softbreak':
        lines.push('');
        break;
      case 'hardbreak':
        add('\\');
        lines.push('');
        break;
      case 'strong_open':
      case 'strong_close':
      case 'em_open':
      case 'em_close':
      case 's_open':
      case 's_close':
        add(token.markup);
        break;
      case 'code_inline':
        add(codeSpan(token.content, inTable));
        break;
      case 'link_open': {
        // The parser only made this a link after validateLink; checked again, as nothing else may leave here.
        const href = safeExternalUrl(token.attrGet('href'));
        links.push(href);
        if (href) add('[');
        break;
      }
      case 'link_close': {
        const href = links.pop();
        if (href) add(`](${destination(href)})`);
        break;
      }
      default:
        // text, text_special (entities, escapes), and anything else: its content, as text.
        if (token.content) add(escapeText(token.content, lineStart));
    }
  }
  return lines.map((line) => line.trimEnd());
}

function codeBlock(content: string, info: string): string[] {
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
  // The language name only, and only a plain one: the rest of an info string is never shown.
  const language = /^[\w+#.-]{1,32}$/.test(info.trim().split(/\s/)[0] ?? '') ? info.trim().split(/\s/)[0] : '';
  return [`${fence}${language}`, ...content.replace(/\n$/, '').split('\n'), fence];
}

function table(node: Node): string[] {
  const rows = node.children.flatMap((section) => section.children);
  const cells = (row: Node) => row.children.map((cell) => inline(cell.children[0]?.token.children ?? [], true).join(' ') || ' ');
  const line = (values: string[]) => `| ${values.join(' | ')} |`;
  const header = rows[0];
  if (!header) return [];
  const align = header.children.map((cell) => {
    const style = String(cell.token.attrGet('style') ?? '');
    if (style.includes('center')) return ':---:';
    if (style.includes('right')) return '---:';
    if (style.includes('left')) return ':---';
    return '---';
  });
  return [line(cells(header)), line(align), ...rows.slice(1).map((row) => line(cells(row)))];
}

/** A list; tight when the parser hid its paragraphs, so it is written without blank lines again. */
function list(node: Node): string[] {
  const tight = node.children.every((item) => item.children.every((child) => child.token.type !== 'paragraph_open' || child.token.hidden));
  const ordered = node.token.type === 'ordered_list_open';
  let number = Number(node.token.attrGet('start') ?? 1) || 1;
  const out: string[] = [];
  for (const item of node.children) {
    const marker = ordered ? `${number++}${item.token.markup || '.'}` : item.token.markup || '-';
    const body = blocks(item.children, tight);
    const indent = ' '.repeat(marker.length + 1);
    if (out.length && !tight) out.push('');
    out.push(body.length ? `${marker} ${body[0]}` : marker, ...body.slice(1).map((line) => (line ? `${indent}${line}` : '')));
  }
  return out;
}

function block(node: Node): string[] {
  const { token } = node;
  switch (token.type) {
    case 'paragraph_open':
      return inline(node.children[0]?.token.children ?? []);
    case 'heading_open': {
      const hashes = '#'.repeat(Number(token.tag.slice(1)) || 1);
      const text = inline(node.children[0]?.token.children ?? []).join(' ');
      return [text ? `${hashes} ${text}` : hashes];
    }
    case 'blockquote_open':
      return blocks(node.children, false).map((line) => (line ? `> ${line}` : '>'));
    case 'bullet_list_open':
    case 'ordered_list_open':
      return list(node);
    case 'fence':
    case 'code_block':
      return codeBlock(token.content, token.info);
    case 'hr':
      return ['***'];
    case 'table_open':
      return table(node);
    default:
      // Raw HTML blocks (off in the parser) and anything unknown: shown as text, never as markup.
      return token.content ? token.content.split('\n').filter(Boolean).map((line) => escapeText(line, true)) : [];
  }
}

function blocks(nodes: readonly Node[], tight: boolean): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const lines = block(node);
    if (!lines.length) continue;
    if (out.length && !tight) out.push('');
    out.push(...lines);
  }
  return out;
}

export function neutraliseMarkdown(source: string): string {
  return blocks(tree(parseMarkdown(source)), false).join('\n').trim();
}
