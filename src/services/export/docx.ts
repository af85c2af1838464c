import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LeaderType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import {
  fillLabel,
  longDate,
  parseMarkdown,
  type ActionPlan,
  type Handout,
  type HandoutLabels,
  type HandoutNeed,
  type HandoutText,
  type Need,
  type ParticipantDay,
  type TrainerBlock,
  type TrainerDay,
} from '../../core';

/**
 * A handout as a Word file: real headings (Title, Heading 1 per day, Heading 2 per part), real tables for
 * the programme and the timetable, and plain text from the curriculum. Markdown fields become simple
 * paragraphs and list items; a link shows its address in brackets but is never a live hyperlink.
 */

const FONT = 'Calibri';
const INK = '1F1F24';
const MUTED = '5C5C66';
const TINT = 'F3F3F6';
const RULE = 'C8C8D0';
const NEED_COLOURS: Record<Need, string> = { autonomy: '8A3FFC', competence: '0B6E4F', relatedness: 'B3261E' };
/** A4 less the 18 mm side margins. */
const CONTENT_WIDTH = convertMillimetersToTwip(210 - 2 * 18);

/** Characters XML 1.0 does not allow (a file with one would not open in Word), and lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const clean = (text: string) => text.replace(INVALID_XML, '');

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) => new TextRun({ ...options, text: clean(text) });

function para(text: string, options: { bold?: boolean; italics?: boolean; color?: string; size?: number; keepNext?: boolean } = {}): Paragraph {
  const { keepNext, ...runOptions } = options;
  return new Paragraph({ keepNext, children: [run(text, runOptions)] });
}

const label = (text: string) => new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [run(text, { bold: true })] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false) =>
  new Paragraph({ heading: level, pageBreakBefore, keepNext: true, children: [run(text)] });

/** Plain text: blank lines separate paragraphs, line breaks stay line breaks. */
function plain(text: string, options: { italics?: boolean; color?: string } = {}): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(
      (paragraph) =>
        new Paragraph({
          children: paragraph.split('\n').map((line, i) => run(line.trim(), { ...options, break: i > 0 ? 1 : undefined })),
        }),
    );
}

const SHOWN_LINK = /^(https?:|mailto:)/i;

type Token = ReturnType<typeof parseMarkdown>[number];

function inlineRuns(tokens: readonly Token[], base: { bold?: boolean } = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  let strong = 0;
  let em = 0;
  // The address of each open link, or '' when its text already shows it (a bare URL or an autolink).
  const links: string[] = [];
  let linkText = '';
  for (const token of tokens) {
    const style = { bold: base.bold || strong > 0 || undefined, italics: em > 0 || undefined };
    switch (token.type) {
      case 'text':
        runs.push(run(token.content, style));
        if (links.length) linkText += token.content;
        break;
      case 'code_inline':
        runs.push(run(token.content, { ...style, font: 'Consolas' }));
        break;
      case 'softbreak':
        runs.push(run(' ', style));
        break;
      case 'hardbreak':
        runs.push(run('', { break: 1 }));
        break;
      case 'strong_open':
        strong++;
        break;
      case 'strong_close':
        strong--;
        break;
      case 'em_open':
        em++;
        break;
      case 'em_close':
        em--;
        break;
      case 'link_open':
        links.push(token.markup === 'linkify' || token.markup === 'autolink' ? '' : String(token.attrGet('href') ?? ''));
        linkText = '';
        break;
      case 'link_close': {
        const href = links.pop() ?? '';
        if (SHOWN_LINK.test(href) && href !== linkText && `mailto:${linkText}` !== href) runs.push(run(` (${href})`, { color: MUTED }));
        break;
      }
      default:
        if (token.content) runs.push(run(token.content, style));
    }
  }
  return runs;
}

/** Markdown as paragraphs and list items; enough for card instructions and notes. */
function markdownParagraphs(source: string): Paragraph[] {
  const out: Paragraph[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let freshItem = false;
  let quote = 0;
  let headingLevel = 0;
  // The app's own parser: a link in its tokens passed validateLink (http, https, mailto only).
  for (const token of parseMarkdown(source)) {
    switch (token.type) {
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) || 1 });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        freshItem = true;
        break;
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'heading_open':
        headingLevel = 1;
        break;
      case 'heading_close':
        headingLevel = 0;
        break;
      case 'inline': {
        const level = lists.length;
        const indent = 360 * (level + quote);
        const list = lists[lists.length - 1];
        const children = inlineRuns(token.children ?? []);
        if (headingLevel) {
          out.push(new Paragraph({ keepNext: true, spacing: { before: 120 }, children: inlineRuns(token.children ?? [], { bold: true }) }));
        } else if (list && freshItem && !list.ordered) {
          out.push(new Paragraph({ bullet: { level: Math.min(level - 1, 8) }, children }));
        } else if (list && freshItem) {
          out.push(new Paragraph({ indent: { left: indent, hanging: 360 }, children: [run(`${list.next++}.\t`), ...children] }));
        } else {
          out.push(new Paragraph({ indent: indent ? { left: indent } : undefined, children }));
        }
        freshItem = false;
        break;
      }
      case 'fence':
      case 'code_block':
        for (const line of token.content.replace(/\n$/, '').split('\n')) {
          out.push(new Paragraph({ indent: { left: 360 * (lists.length + quote) }, children: [run(line, { font: 'Consolas', size: 19 })] }));
        }
        break;
      default:
        break;
    }
  }
  return out;
}

const text = (value: HandoutText) => (value.format === 'markdown' ? markdownParagraphs(value.text) : plain(value.text));

function needRuns(need: HandoutNeed, labels: HandoutLabels, size?: number): TextRun[] {
  const risk = need.effect === 'thwarts';
  return [
    run(risk ? '○ ' : '● ', { color: NEED_COLOURS[need.need] ?? INK, size }),
    run(risk ? `${need.label} (${labels['need.risk']})` : need.label, { size }),
  ];
}

function bulletList(items: string[]): Paragraph[] {
  return items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [run(item)] }));
}

/** A line to write on: a tab to the right margin with an underscore leader. */
function writeLines(count: number): Paragraph[] {
  return Array.from(
    { length: count },
    () =>
      new Paragraph({
        spacing: { before: 260 },
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH - 20, leader: LeaderType.UNDERSCORE }],
        children: [run('\t', { color: '9A9AA6' })],
      }),
  );
}

const cellBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE },
};

function cell(children: Paragraph[], widthPercent: number, options: { header?: boolean; shaded?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: Math.round((CONTENT_WIDTH * widthPercent) / 100), type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: options.header ? { ...cellBorders, bottom: { style: BorderStyle.SINGLE, size: 10, color: INK } } : cellBorders,
    shading: options.shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: TINT } : undefined,
    children: children.length ? children : [new Paragraph({})],
  });
}

function table(headers: string[], widths: number[], rows: { cells: Paragraph[][]; shaded?: boolean }[], size?: number): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths.map((width) => Math.round((CONTENT_WIDTH * width) / 100)),
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((header, i) => cell([new Paragraph({ children: [run(header, { bold: true, size })] })], widths[i]!, { header: true })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: row.cells.map((content, i) => cell(content, widths[i]!, { shaded: row.shaded })) }),
      ),
    ],
  });
}

function cover(handout: Handout): FileChild[] {
  const { cover, labels } = handout;
  const out: FileChild[] = [
    para(cover.edition.toUpperCase(), { bold: true, color: MUTED }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(cover.title)] }),
  ];
  if (cover.scope) out.push(para(cover.scope, { bold: true, size: 28 }));
  const facts: [string, string][] = [
    [labels['cover.dates'], cover.dates.join(' · ')],
    [labels['cover.trainers'], cover.trainers.join(', ')],
    [labels['cover.place'], cover.place],
    [labels['cover.audience'], cover.audience],
  ];
  for (const [name, value] of facts) {
    if (value.trim()) out.push(new Paragraph({ spacing: { after: 60 }, children: [run(`${name}: `, { bold: true }), run(value)] }));
  }
  if (cover.learningGoals.length) {
    out.push(label(labels['cover.learningGoals']));
    cover.learningGoals.forEach((goal, i) => out.push(new Paragraph({ indent: { left: 360, hanging: 360 }, children: [run(`${i + 1}.\t${goal}`)] })));
  }
  out.push(para(cover.generatedOn, { color: MUTED, italics: true }));
  out.push(label(labels.toc));
  for (const entry of handout.toc) {
    out.push(new Paragraph({ indent: { left: entry.level === 1 ? 0 : 360 }, children: [run(entry.title, { bold: entry.level === 1 || undefined })] }));
  }
  return out;
}

function dayHeader(day: ParticipantDay | TrainerDay, hours: string): FileChild[] {
  return [heading(day.title, HeadingLevel.HEADING_1, true), para([day.date, hours].filter(Boolean).join(' · '), { color: MUTED })];
}

function actionPlan(plan: ActionPlan): FileChild[] {
  const out: FileChild[] = [heading(plan.title, HeadingLevel.HEADING_2, true), ...plain(plan.intro)];
  for (const field of plan.fields) {
    out.push(label(field.label));
    if (field.kind === 'lines') out.push(...writeLines(field.lines));
    else {
      const count = field.to - field.from + 1;
      out.push(
        new Table({
          width: { size: CONTENT_WIDTH, type: WidthType.DXA },
          columnWidths: Array.from({ length: count }, () => Math.floor(CONTENT_WIDTH / count)),
          rows: [
            new TableRow({
              children: Array.from(
                { length: count },
                (_, i) =>
                  new TableCell({
                    width: { size: Math.floor(CONTENT_WIDTH / count), type: WidthType.DXA },
                    margins: { top: 80, bottom: 80 },
                    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(String(field.from + i), { bold: true })] })],
                  }),
              ),
            }),
          ],
        }),
      );
    }
  }
  return out;
}

function participantDay(day: ParticipantDay, labels: HandoutLabels): FileChild[] {
  const out = dayHeader(day, day.hours);
  out.push(heading(labels.programme, HeadingLevel.HEADING_2));
  const rows = day.programme.map((item) => ({
    shaded: item.kind !== 'activity',
    cells: [
      [para(item.time)],
      [
        para(item.title, { bold: item.kind === 'activity' || undefined, italics: item.kind !== 'activity' || undefined }),
        ...(item.text ? [para(item.text.replace(/\s+/g, ' '), { color: MUTED })] : []),
      ],
    ],
  }));
  rows.push({ shaded: false, cells: [[para(day.end)], [para(labels['programme.end'])]] });
  out.push(table([labels['programme.time'], labels['programme.part']], [16, 84], rows), para(labels['programme.note'], { italics: true, color: MUTED }));
  for (const technique of day.techniques) {
    out.push(heading(technique.title, HeadingLevel.HEADING_2), para(fillLabel(labels['technique.time'], { time: technique.time }), { color: MUTED }));
    if (technique.summary) out.push(label(labels['technique.what']), ...plain(technique.summary));
    if (technique.participantText) out.push(label(labels['technique.inTraining']), ...plain(technique.participantText));
    if (technique.needs.length) {
      out.push(label(labels['technique.why']));
      for (const need of technique.needs) out.push(new Paragraph({ children: [...needRuns(need, labels), run(need.rationale ? `: ${need.rationale}` : '')] }));
    }
    if (technique.steps.text) out.push(label(labels['technique.steps']), ...text(technique.steps));
    if (technique.exampleQuestions.length) out.push(label(labels['technique.questions']), ...bulletList(technique.exampleQuestions));
    out.push(label(labels['technique.notes']), ...writeLines(technique.noteLines));
  }
  out.push(...actionPlan(day.actionPlan));
  return out;
}

function trainerBlock(block: TrainerBlock, labels: HandoutLabels): FileChild[] {
  const meta = [`${block.start}–${block.end}`, fillLabel(labels.minutes, { minutes: block.durationMinutes }), block.workForm, block.groupFormat].filter(Boolean);
  const out: FileChild[] = [heading(`${block.start} ${block.title}`, HeadingLevel.HEADING_2), para(meta.join(' · '), { color: MUTED })];
  if (block.problem) out.push(para(block.problem, { bold: true }));
  if (block.goal) out.push(label(labels['col.goal']), ...plain(block.goal));
  if (block.needs.length) {
    out.push(label(labels['col.needs']));
    for (const need of block.needs) out.push(new Paragraph({ children: [...needRuns(need, labels), run(need.rationale ? `: ${need.rationale}` : '')] }));
  }
  if (block.instructions.text) out.push(label(labels['block.instructions']), ...text(block.instructions));
  if (block.participantText) out.push(label(labels['block.participantText']), ...plain(block.participantText));
  if (block.exampleQuestions.length) out.push(label(labels['technique.questions']), ...bulletList(block.exampleQuestions));
  if (block.trainerNotes) out.push(label(labels['block.trainerNotes']), ...plain(block.trainerNotes));
  if (block.cardTrainerNotes) out.push(label(labels['block.cardTrainerNotes']), ...markdownParagraphs(block.cardTrainerNotes));
  if (block.materials.length) out.push(label(labels['col.materials']), ...bulletList(block.materials));
  return out;
}

function trainerDay(day: TrainerDay, labels: HandoutLabels): FileChild[] {
  const out = dayHeader(day, day.hours);
  out.push(para(day.planned, { color: MUTED }));
  if (day.overrun) out.push(para(day.overrun, { bold: true }));
  out.push(heading(labels.timetable, HeadingLevel.HEADING_2));
  const small = 17;
  const p = (value: string, options: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ children: [run(value, { ...options, size: small })] });
  const rows = day.blocks.map((block) => ({
    shaded: block.kind !== 'activity',
    cells: [
      [p(`${block.start}–${block.end}`), ...(block.pinned ? [p(labels.pinned, { italics: true })] : [])],
      [p(fillLabel(labels.minutes, { minutes: block.durationMinutes }))],
      [p(block.title, { bold: block.kind === 'activity' || undefined, italics: block.kind !== 'activity' || undefined })],
      [p(block.goal)],
      [p([block.workForm, block.groupFormat].filter(Boolean).join(' · '))],
      block.needs.map((need) => new Paragraph({ children: needRuns(need, labels, small) })),
      block.materials.map((material) => p(`• ${material}`)),
    ],
  }));
  const headers = (['col.time', 'col.duration', 'col.block', 'col.goal', 'col.method', 'col.needs', 'col.materials'] as const).map((key) => labels[key]);
  out.push(table(headers, [11, 7, 17, 23, 14, 13, 15], rows, small));
  for (const block of day.blocks.filter((candidate) => candidate.detailed)) out.push(...trainerBlock(block, labels));
  out.push(heading(labels.materials, HeadingLevel.HEADING_2));
  out.push(...(day.materials.length ? bulletList(day.materials) : [para(labels['materials.none'])]));
  return out;
}

/** "Pagina {page} van {total}" with Word's page fields in place of the placeholders. */
function pageNumberRun(pageLabel: string): TextRun {
  const children: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  for (const piece of pageLabel.split(/(\{page\}|\{total\})/)) {
    if (piece === '{page}') children.push(PageNumber.CURRENT);
    else if (piece === '{total}') children.push(PageNumber.TOTAL_PAGES);
    else if (piece) children.push(clean(piece));
  }
  return new TextRun({ children, size: 16, color: MUTED });
}

export async function renderHandoutDocx(handout: Handout): Promise<Uint8Array> {
  const { labels } = handout;
  const body =
    handout.audience === 'participant'
      ? handout.days.flatMap((day) => participantDay(day, labels))
      : handout.days.flatMap((day) => trainerDay(day, labels));
  const headerText = () => new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
    children: [run(handout.cover.title, { size: 16, color: MUTED }), run(`\t${longDate(handout.generatedOn, handout.language)}`, { size: 16, color: MUTED })],
  });
  // Page numbers in the outer corner: right on odd pages, left on even ones.
  const footer = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Footer({ children: [new Paragraph({ alignment, children: [pageNumberRun(labels.page)] })] });
  const document = new Document({
    creator: 'Draaiboek',
    title: clean(`${handout.cover.title} · ${handout.cover.edition}`),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, color: INK }, paragraph: { spacing: { after: 80, line: 276 } } },
        title: { run: { font: FONT, size: 52, bold: true, color: INK }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: FONT, size: 36, bold: true, color: INK }, paragraph: { spacing: { before: 0, after: 120 } } },
        heading2: { run: { font: FONT, size: 27, bold: true, color: INK }, paragraph: { spacing: { before: 360, after: 80 } } },
        heading3: { run: { font: FONT, size: 23, bold: true, color: INK }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(22),
              left: convertMillimetersToTwip(18),
              right: convertMillimetersToTwip(18),
              header: convertMillimetersToTwip(8),
              footer: convertMillimetersToTwip(8),
            },
          },
        },
        headers: { default: new Header({ children: [headerText()] }), even: new Header({ children: [headerText()] }) },
        footers: { default: footer(AlignmentType.RIGHT), even: footer(AlignmentType.LEFT) },
        children: [...cover(handout), ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
