import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LeaderType,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  SoftHyphen,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import {
  CONTENT_WIDTH as CONTENT_WIDTH_MM,
  fillLabel,
  hyphenate,
  LANDSCAPE_CONTENT_WIDTH as LANDSCAPE_CONTENT_WIDTH_MM,
  runningHeaderOf,
  PAGE,
  parseMarkdown,
  SOFT_HYPHEN,
  type ActionPlan,
  type Handout,
  type HandoutLabels,
  type HandoutNeed,
  type HandoutText,
  type Language,
  type Need,
  type ParticipantDay,
  type TrainerAlternative,
  type TrainerBlock,
  type TrainerDay,
} from '../../core';

/**
 * A handout as a Word file: real headings (Title, Heading 1 per day, Heading 2 per part), real tables for
 * the programme and the timetable, and plain text from the curriculum. Markdown fields become simple
 * paragraphs and list items; a link shows its address in brackets but is never a live hyperlink.
 * The trainer's timetable of each day gets a landscape section of its own, so its seven columns are wide
 * enough; headings, labels and note lines are kept with what follows, so none is left alone at a page's foot.
 */

const FONT = 'Calibri';
const INK = '1F1F24';
const MUTED = '5C5C66';
const TINT = 'F3F3F6';
const RULE = 'C8C8D0';
const NEED_COLOURS: Record<Need, string> = { autonomy: '8A3FFC', competence: '0B6E4F', relatedness: 'B3261E' };
const twip = convertMillimetersToTwip;
/** The widths text may use (twips), from the one page geometry the HTML and PDF use too. */
const CONTENT_WIDTH = twip(CONTENT_WIDTH_MM);
const LANDSCAPE_CONTENT_WIDTH = twip(LANDSCAPE_CONTENT_WIDTH_MM);
/** The running header and footer sit inside the top and bottom margins, this far from the paper's edge. */
const RUNNING_DISTANCE = twip(8);
/** Longer titles are shortened in the running header, which must stay one line above the text. */
/** A table row with no cell longer than this fits well within a page, so it is never split across two. */
const ROW_KEPT_WHOLE_CHARS = 600;

/** Characters XML 1.0 does not allow (a file with one would not open in Word), and lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const clean = (text: string) => text.replace(INVALID_XML, '');

/**
 * A run of text. Its soft hyphens are written as Word's own optional hyphen, <w:softHyphen/>: Word shows a
 * U+00AD inside <w:t> as an ordinary hyphen on every line, while LibreOffice reads either form.
 */
function run(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  const children = clean(text)
    .split(SOFT_HYPHEN)
    .flatMap((piece, i) => (i > 0 ? [new SoftHyphen(), piece] : [piece]))
    .filter((child) => child !== '');
  return new TextRun({ ...options, children });
}

/** Soft hyphens at the syllable breaks of long words, for the texts set in narrow columns or large type. */
type Hyphenate = (text: string) => string;
const hyphenator = (language: Language): Hyphenate => (text) => hyphenate(text, language);

/** Not left alone at the foot of a page: kept with the next paragraph, and never split over two pages. */
const KEEP = { keepNext: true, keepLines: true } as const;

function para(text: string, options: { bold?: boolean; italics?: boolean; color?: string; size?: number; keepNext?: boolean } = {}): Paragraph {
  const { keepNext, ...runOptions } = options;
  return new Paragraph({ keepNext, children: [run(text, runOptions)] });
}

const label = (text: string) => new Paragraph({ ...KEEP, spacing: { before: 160, after: 60 }, children: [run(text, { bold: true })] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], hy: Hyphenate, pageBreakBefore = false) =>
  new Paragraph({ heading: level, pageBreakBefore, ...KEEP, children: [run(hy(text))] });
/** The grey line under a heading (date, time, duration): it stays with the text it introduces. */
const metaLine = (text: string) => para(text, { color: MUTED, keepNext: true });

/** Paragraphs from their options; with `keepLast` the last one is kept with what follows. */
const paragraphs = (options: IParagraphOptions[], keepLast = false) =>
  options.map((option, i) => new Paragraph(keepLast && i === options.length - 1 ? { ...option, keepNext: true } : option));

/** Plain text: blank lines separate paragraphs, line breaks stay line breaks. */
function plain(text: string, keepLast = false): Paragraph[] {
  const options = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ children: paragraph.split('\n').map((line, i) => run(line.trim(), { break: i > 0 ? 1 : undefined })) }));
  return paragraphs(options, keepLast);
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
function markdownParagraphs(source: string, keepLast = false): Paragraph[] {
  const out: IParagraphOptions[] = [];
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
          out.push({ ...KEEP, spacing: { before: 120 }, children: inlineRuns(token.children ?? [], { bold: true }) });
        } else if (list && freshItem && !list.ordered) {
          out.push({ bullet: { level: Math.min(level - 1, 8) }, children });
        } else if (list && freshItem) {
          out.push({ indent: { left: indent, hanging: 360 }, children: [run(`${list.next++}.\t`), ...children] });
        } else {
          out.push({ indent: indent ? { left: indent } : undefined, children });
        }
        freshItem = false;
        break;
      }
      case 'fence':
      case 'code_block':
        for (const line of token.content.replace(/\n$/, '').split('\n')) {
          out.push({ indent: { left: 360 * (lists.length + quote) }, children: [run(line, { font: 'Consolas', size: 19 })] });
        }
        break;
      default:
        break;
    }
  }
  return paragraphs(out, keepLast);
}

const text = (value: HandoutText, keepLast = false) =>
  value.format === 'markdown' ? markdownParagraphs(value.text, keepLast) : plain(value.text, keepLast);

function needRuns(need: HandoutNeed, labels: HandoutLabels, options: { size?: number; hy?: Hyphenate } = {}): TextRun[] {
  const { size, hy = (value: string) => value } = options;
  const risk = need.effect === 'thwarts';
  return [
    run(risk ? '○ ' : '● ', { color: NEED_COLOURS[need.need] ?? INK, size }),
    run(hy(risk ? `${need.label} (${labels['need.risk']})` : need.label), { size }),
  ];
}

/** Each need with why the block feeds it. */
function needParagraphs(needs: HandoutNeed[], labels: HandoutLabels, keepLast = false): Paragraph[] {
  return paragraphs(
    needs.map((need) => ({ children: [...needRuns(need, labels), run(need.rationale ? `: ${need.rationale}` : '')] })),
    keepLast,
  );
}

function bulletList(items: string[], keepLast = false): Paragraph[] {
  return paragraphs(
    items.map((item) => ({ bullet: { level: 0 }, children: [run(item)] })),
    keepLast,
  );
}

/**
 * Lines to write on under their label, each a tab to the right margin with an underscore leader. Label and
 * lines keep together, so a note box is never split, nor left without its heading at the top of a page.
 */
function noteBox(title: string, count: number): Paragraph[] {
  const lines = Array.from({ length: count }, (_, i) => ({
    keepNext: i < count - 1,
    spacing: { before: 260 },
    tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH - 20, leader: LeaderType.UNDERSCORE }],
    children: [run('\t', { color: '9A9AA6' })],
  }));
  return [label(title), ...paragraphs(lines)];
}

/** A label with its text; `keepLast` keeps the text's last paragraph with what follows. */
type Part = (keepLast: boolean) => Paragraph[];
/** The parts in order, the last one kept with what comes after (a note box, which so never starts a page alone). */
const keptWithNext = (parts: Part[]) => parts.flatMap((part, i) => part(i === parts.length - 1));

const cellBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE },
};

function cell(children: Paragraph[], width: number, options: { header?: boolean; shaded?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: options.header ? { ...cellBorders, bottom: { style: BorderStyle.SINGLE, size: 10, color: INK } } : cellBorders,
    shading: options.shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: TINT } : undefined,
    children: children.length ? children : [new Paragraph({})],
  });
}

interface Row {
  cells: Paragraph[][];
  shaded?: boolean;
  /** The row's texts, to tell whether it is short enough to keep on one page. */
  texts: string[];
}

/**
 * A table across `width` twips, its columns in percent of it. The layout is fixed, so Word and LibreOffice
 * keep these widths instead of squeezing a column around a long word. The header row repeats on every page
 * and stays with the first row; a row is split over two pages only when it is too long for one.
 */
function table(headers: string[], percents: number[], rows: Row[], options: { width: number; size?: number; hy: Hyphenate }): Table {
  const { width, size, hy } = options;
  const widths = percents.map((percent) => Math.round((width * percent) / 100));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        keepNext: true,
        children: headers.map((header, i) => cell([new Paragraph({ children: [run(hy(header), { bold: true, size })] })], widths[i]!, { header: true })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: row.texts.every((value) => value.length <= ROW_KEPT_WHOLE_CHARS),
            children: row.cells.map((content, i) => cell(content, widths[i]!, { shaded: row.shaded })),
          }),
      ),
    ],
  });
}

/**
 * The first page. Its title may run to several lines: the spacing is a multiple of the font's own line
 * height (styles), never an exact height, so in LibreOffice too a long title pushes the text below it down.
 */
function cover(handout: Handout, hy: Hyphenate): FileChild[] {
  const { cover, labels } = handout;
  const out: FileChild[] = [
    para(cover.edition.toUpperCase(), { bold: true, color: MUTED, keepNext: true }),
    new Paragraph({ heading: HeadingLevel.TITLE, ...KEEP, children: [run(hy(cover.title))] }),
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
  // The contents name every heading, so they are hyphenated like the headings themselves.
  for (const entry of handout.toc) {
    out.push(new Paragraph({ indent: { left: entry.level === 1 ? 0 : 360 }, children: [run(hy(entry.title), { bold: entry.level === 1 || undefined })] }));
  }
  return out;
}

/**
 * The day's title, on a new page, and when the day is. At the start of a section the page is new already;
 * Word and LibreOffice then add no second break.
 */
function dayHeader(day: ParticipantDay | TrainerDay, hy: Hyphenate): FileChild[] {
  return [heading(day.title, HeadingLevel.HEADING_1, hy, true), metaLine([day.date, day.hours].filter(Boolean).join(' · '))];
}

function actionPlan(plan: ActionPlan, hy: Hyphenate): FileChild[] {
  const out: FileChild[] = [heading(plan.title, HeadingLevel.HEADING_2, hy, true), ...plain(plan.intro)];
  for (const field of plan.fields) {
    if (field.kind === 'lines') out.push(...noteBox(field.label, field.lines));
    else {
      out.push(label(field.label));
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

function participantDay(day: ParticipantDay, labels: HandoutLabels, hy: Hyphenate): FileChild[] {
  const out = dayHeader(day, hy);
  out.push(heading(labels.programme, HeadingLevel.HEADING_2, hy));
  const cellText = (value: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}) => para(hy(value), options);
  const rows: Row[] = day.programme.map((item) => ({
    shaded: item.kind !== 'activity',
    texts: [item.title, item.text, ...(item.choice?.alternatives.flatMap((alternative) => [alternative.title, alternative.text]) ?? [])],
    cells: [
      [cellText(item.time)],
      [
        cellText(item.title, { bold: item.kind === 'activity' || undefined, italics: item.kind !== 'activity' || undefined }),
        ...(item.text ? [cellText(item.text.replace(/\s+/g, ' '), { color: MUTED })] : []),
        // A choice block: "Kies één:" and each alternative with its text.
        ...(item.choice
          ? [
              cellText(item.choice.label, { bold: true }),
              ...item.choice.alternatives.map(
                (alternative) =>
                  new Paragraph({
                    children: [run(hy(`• ${alternative.title}`)), ...(alternative.text ? [run(hy(` ${alternative.text.replace(/\s+/g, ' ')}`), { color: MUTED })] : [])],
                  }),
              ),
            ]
          : []),
      ],
    ],
  }));
  rows.push({ texts: [], cells: [[cellText(day.end)], [cellText(labels['programme.end'])]] });
  out.push(
    table([labels['programme.time'], labels['programme.part']], [16, 84], rows, { width: CONTENT_WIDTH, hy }),
    para(labels['programme.note'], { italics: true, color: MUTED }),
  );
  for (const technique of day.techniques) {
    out.push(heading(technique.title, HeadingLevel.HEADING_2, hy), metaLine(fillLabel(labels['technique.time'], { time: technique.time })));
    const body: Part[] = [];
    if (technique.summary) body.push((keep) => [label(labels['technique.what']), ...plain(technique.summary, keep)]);
    if (technique.participantText) body.push((keep) => [label(labels['technique.inTraining']), ...plain(technique.participantText, keep)]);
    if (technique.needs.length) body.push((keep) => [label(labels['technique.why']), ...needParagraphs(technique.needs, labels, keep)]);
    if (technique.steps.text) body.push((keep) => [label(labels['technique.steps']), ...text(technique.steps, keep)]);
    if (technique.exampleQuestions.length) body.push((keep) => [label(labels['technique.questions']), ...bulletList(technique.exampleQuestions, keep)]);
    out.push(...keptWithNext(body), ...noteBox(labels['technique.notes'], technique.noteLines));
  }
  out.push(...actionPlan(day.actionPlan, hy));
  return out;
}

function trainerBlock(block: TrainerBlock, labels: HandoutLabels, hy: Hyphenate): FileChild[] {
  const meta = [`${block.start}–${block.end}`, fillLabel(labels.minutes, { minutes: block.durationMinutes }), block.workForm, block.groupFormat].filter(Boolean);
  const out: FileChild[] = [heading(`${block.start} ${block.title}`, HeadingLevel.HEADING_2, hy), metaLine(meta.join(' · '))];
  if (block.problem) out.push(para(block.problem, { bold: true }));
  if (block.goal) out.push(label(labels['col.goal']), ...plain(block.goal));
  if (block.lastRun) out.push(label(labels['block.lastRun']), ...plain(block.lastRun));
  if (block.needs.length) out.push(label(labels['col.needs']), ...needParagraphs(block.needs, labels));
  if (block.pointsToWatch.length) out.push(label(labels['block.pointsToWatch']), ...needParagraphs(block.pointsToWatch, labels));
  if (block.instructions.text) out.push(label(labels['block.instructions']), ...text(block.instructions));
  if (block.participantText) out.push(label(labels['block.participantText']), ...plain(block.participantText));
  if (block.exampleQuestions.length) out.push(label(labels['technique.questions']), ...bulletList(block.exampleQuestions));
  if (block.trainerNotes) out.push(label(labels['block.trainerNotes']), ...plain(block.trainerNotes));
  if (block.cardTrainerNotes) out.push(label(labels['block.cardTrainerNotes']), ...markdownParagraphs(block.cardTrainerNotes));
  if (block.materials.length) out.push(label(labels['col.materials']), ...bulletList(block.materials));
  if (block.choice) {
    out.push(label(block.choice.label));
    for (const alternative of block.choice.alternatives) out.push(...trainerAlternative(alternative, labels, hy));
  }
  return out;
}

/** One alternative of a choice block: as a block, under a lower heading and without times. */
function trainerAlternative(alternative: TrainerAlternative, labels: HandoutLabels, hy: Hyphenate): FileChild[] {
  const meta = [alternative.workForm, alternative.groupFormat].filter(Boolean);
  const out: FileChild[] = [heading(alternative.title, HeadingLevel.HEADING_3, hy)];
  if (meta.length) out.push(metaLine(meta.join(' · ')));
  if (alternative.problem) out.push(para(alternative.problem, { bold: true }));
  if (alternative.goal) out.push(label(labels['col.goal']), ...plain(alternative.goal));
  if (alternative.pointsToWatch.length) out.push(label(labels['block.pointsToWatch']), ...needParagraphs(alternative.pointsToWatch, labels));
  if (alternative.instructions.text) out.push(label(labels['block.instructions']), ...text(alternative.instructions));
  if (alternative.participantText) out.push(label(labels['block.participantText']), ...plain(alternative.participantText));
  if (alternative.exampleQuestions.length) out.push(label(labels['technique.questions']), ...bulletList(alternative.exampleQuestions));
  if (alternative.trainerNotes) out.push(label(labels['block.trainerNotes']), ...plain(alternative.trainerNotes));
  if (alternative.cardTrainerNotes) out.push(label(labels['block.cardTrainerNotes']), ...markdownParagraphs(alternative.cardTrainerNotes));
  if (alternative.materials.length) out.push(label(labels['col.materials']), ...bulletList(alternative.materials));
  return out;
}

const TIMETABLE_COLUMNS = ['col.time', 'col.duration', 'col.block', 'col.goal', 'col.method', 'col.needs', 'col.materials'] as const;
/** Percent of the landscape width: room for "09:30–09:40" on one line and for "Verbondenheid" in the needs. */
const TIMETABLE_WIDTHS = [10, 6, 17, 25, 14, 13, 15];

/** The day's heading and timetable, for a landscape section of their own. */
function trainerTimetable(day: TrainerDay, labels: HandoutLabels, hy: Hyphenate): FileChild[] {
  const out = dayHeader(day, hy);
  out.push(metaLine(day.planned));
  if (day.overrun) out.push(para(day.overrun, { bold: true, keepNext: true }));
  out.push(heading(labels.timetable, HeadingLevel.HEADING_2, hy));
  const size = 18;
  const p = (value: string, options: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ children: [run(hy(value), { ...options, size })] });
  const rows: Row[] = day.blocks.map((block) => ({
    shaded: block.kind !== 'activity',
    texts: [block.title, block.goal, block.materials.join(' ')],
    cells: [
      [p(`${block.start}–${block.end}`), ...(block.pinned ? [p(labels.pinned, { italics: true })] : [])],
      [p(fillLabel(labels.minutes, { minutes: block.durationMinutes }))],
      [
        p(block.title, { bold: block.kind === 'activity' || undefined, italics: block.kind !== 'activity' || undefined }),
        ...(block.choice?.alternatives.map((alternative) => p(`• ${alternative.title}`)) ?? []),
      ],
      [p(block.goal)],
      [p([block.workForm, block.groupFormat].filter(Boolean).join(' · '))],
      [...block.needs, ...block.pointsToWatch].map((need) => new Paragraph({ children: needRuns(need, labels, { size, hy }) })),
      block.materials.map((material) => p(`• ${material}`)),
    ],
  }));
  const headers = TIMETABLE_COLUMNS.map((key) => labels[key]);
  out.push(table(headers, TIMETABLE_WIDTHS, rows, { width: LANDSCAPE_CONTENT_WIDTH, size, hy }));
  return out;
}

/** The day's blocks in detail and its materials, back on portrait pages. */
function trainerDetails(day: TrainerDay, labels: HandoutLabels, hy: Hyphenate): FileChild[] {
  const out = day.blocks.filter((candidate) => candidate.detailed).flatMap((block) => trainerBlock(block, labels, hy));
  out.push(heading(labels.materials, HeadingLevel.HEADING_2, hy));
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

type Orientation = (typeof PageOrientation)[keyof typeof PageOrientation];
interface Chapter {
  orientation: Orientation;
  children: FileChild[];
}

/** The chapters of the handout: one portrait run for participants, per day a landscape timetable and portrait details for trainers. */
function chapters(handout: Handout, hy: Hyphenate): Chapter[] {
  const { labels } = handout;
  const portrait = (children: FileChild[]): Chapter => ({ orientation: PageOrientation.PORTRAIT, children });
  if (handout.audience === 'participant') {
    return [portrait([...cover(handout, hy), ...handout.days.flatMap((day) => participantDay(day, labels, hy))])];
  }
  return [
    portrait(cover(handout, hy)),
    ...handout.days.flatMap((day) => [
      { orientation: PageOrientation.LANDSCAPE, children: trainerTimetable(day, labels, hy) },
      portrait(trainerDetails(day, labels, hy)),
    ]),
  ];
}

/** A section with the paper and margins of PAGE, and the running header and footer repeated in it. */
function section(chapter: Chapter, handout: Handout): ISectionOptions {
  const width = chapter.orientation === PageOrientation.LANDSCAPE ? LANDSCAPE_CONTENT_WIDTH : CONTENT_WIDTH;
  const muted = { size: 16, color: MUTED };
  const running = runningHeaderOf(handout);
  const header = () =>
    new Header({
      children: [
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: width }],
          children: [run(running.title, muted), run(`\t${running.date}`, muted)],
        }),
      ],
    });
  // Page numbers in the outer corner: right on odd pages, left on even ones.
  const footer = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Footer({ children: [new Paragraph({ alignment, children: [pageNumberRun(running.pageLabel)] })] });
  const { margin } = PAGE;
  return {
    properties: {
      page: {
        size: { width: twip(PAGE.width), height: twip(PAGE.height), orientation: chapter.orientation },
        margin: {
          top: twip(margin.top),
          right: twip(margin.right),
          bottom: twip(margin.bottom),
          left: twip(margin.left),
          header: RUNNING_DISTANCE,
          footer: RUNNING_DISTANCE,
        },
      },
    },
    headers: { default: header(), even: header() },
    footers: { default: footer(AlignmentType.RIGHT), even: footer(AlignmentType.LEFT) },
    children: chapter.children,
  };
}

export async function renderHandoutDocx(handout: Handout): Promise<Uint8Array> {
  const hy = hyphenator(handout.language);
  const document = new Document({
    creator: 'Draaiboek',
    title: clean(`${handout.cover.title} · ${handout.cover.edition}`),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        // Line spacing as a multiple of the font's line height ("auto"): a bare w:line reads as an exact
        // height in LibreOffice, and the lines of a large title are then printed over each other.
        document: { run: { font: FONT, size: 22, color: INK }, paragraph: { spacing: { after: 80, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: FONT, size: 52, bold: true, color: INK }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: FONT, size: 36, bold: true, color: INK }, paragraph: { spacing: { before: 0, after: 120 } } },
        heading2: { run: { font: FONT, size: 27, bold: true, color: INK }, paragraph: { spacing: { before: 360, after: 80 } } },
        heading3: { run: { font: FONT, size: 23, bold: true, color: INK }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
    },
    sections: chapters(handout, hy).map((chapter) => section(chapter, handout)),
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
