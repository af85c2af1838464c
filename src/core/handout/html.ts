import { renderMarkdown } from '../markdown';
import type { Language } from '../model/common';
import { NEEDS } from '../model/needs';
import { escapeHtml } from './escape';
import { hyphenate } from './hyphenate';
import {
  fillLabel,
  type ActionPlan,
  type Handout,
  type HandoutLabels,
  type HandoutNeed,
  type HandoutText,
  type ParticipantDay,
  type ProgrammeChoice,
  type TechniqueSection,
  type TrainerAlternative,
  type TrainerBlock,
  type TrainerDay,
} from './model';
import { CONTENT_WIDTH, LANDSCAPE_CONTENT_WIDTH, PAGE } from './page';
import { runningHeaderOf, type RunningHeader } from './running-header';

export interface HtmlOptions {
  fontFaces?: { family: string; weight: number; style: 'normal' | 'italic'; woff2Base64: string }[];
}

/**
 * A handout as one self-contained HTML file, for the preview, for printing to PDF and for sharing. It runs
 * and fetches nothing: no script, one inline style sheet, fonts as data: URLs, and a Content-Security-Policy
 * that would block anything else. Text is escaped; Markdown fields go through the app's safe renderer.
 */

const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";
const esc = escapeHtml;
const LINE_HEIGHT_MM = 9;
const MAX_LINES = 12;

function fontFaceCss(faces: HtmlOptions['fontFaces']): string {
  return (faces ?? [])
    .filter((face) => /^[A-Za-z0-9 _-]{1,64}$/.test(face.family) && /^[A-Za-z0-9+/]+={0,2}$/.test(face.woff2Base64))
    .map((face) => {
      const weight = Math.min(900, Math.max(100, Math.round(Number(face.weight) || 400)));
      const style = face.style === 'italic' ? 'italic' : 'normal';
      return `@font-face { font-family: '${face.family}'; font-style: ${style}; font-weight: ${weight}; font-display: block; src: url(data:font/woff2;base64,${face.woff2Base64}) format('woff2'); }`;
    })
    .join('\n');
}

const mm = (value: number) => `${value}mm`;

/**
 * The trainer timetable's columns, in millimetres of the landscape line they share. At 9pt a time span
 * ("09:30–09:40"), "Verbondenheid" beside its colour dot and "Trainingsmethodiek" each fit whole; goals
 * and materials, the longest texts, get the most room.
 */
const TIMETABLE_COLUMNS = [21, 14, 38, 67, 32, 33, 56] as const;

function timetableColumnCss(): string {
  const total = TIMETABLE_COLUMNS.reduce((sum, width) => sum + width, 0);
  return TIMETABLE_COLUMNS.map((width, index) => `.timetable th:nth-child(${index + 1}) { width: ${((width / total) * 100).toFixed(2)}%; }`).join('\n');
}

/** Text as a CSS string: every character but letters, digits and spaces as an escape, so no text can end the rule. */
const cssString = (text: string) => `"${Array.from(text, (char) => (/[\p{L}\p{N} ]/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `)).join('')}"`;

/** "Pagina {page} van {total}" as CSS content, with the page counters in place of the placeholders. */
const pageNumberContent = (label: string) =>
  label
    .split(/(\{page\}|\{total\})/)
    .filter(Boolean)
    .map((piece) => (piece === '{page}' ? 'counter(page)' : piece === '{total}' ? 'counter(pages)' : cssString(piece)))
    .join(' ');

/**
 * Paper and margins come from PAGE, the geometry the Word file uses too. The timetable has a page of its
 * own: the same sheet turned to landscape, so its seven columns get the width of the long side. The running
 * header and the page numbers (in the outer corner, as in the Word file) are the page's margin boxes: any
 * Chromium prints them, and much faster than header and footer templates, which are laid out per page.
 */
function pageCss(header: RunningHeader): string {
  const { top, right, bottom, left } = PAGE.margin;
  const box = "font-family: 'Source Sans 3', system-ui, sans-serif; font-size: 8pt; color: #5c5c66;";
  const numbers = pageNumberContent(header.pageLabel);
  return [
    `@page { size: ${mm(PAGE.width)} ${mm(PAGE.height)}; margin: ${[top, right, bottom, left].map(mm).join(' ')};`,
    `  @top-left { content: ${cssString(header.title)}; ${box} }`,
    `  @top-right { content: ${cssString(header.date)}; ${box} } }`,
    `@page :right { @bottom-right { content: ${numbers}; ${box} } }`,
    `@page :left { @bottom-left { content: ${numbers}; ${box} } }`,
    `@page timetable { size: ${mm(PAGE.height)} ${mm(PAGE.width)}; }`,
  ].join('\n');
}

const STYLE = `
:root { --autonomy: #8a3ffc; --competence: #0b6e4f; --relatedness: #b3261e; --ink: #1f1f24; --muted: #5c5c66; --rule: #c8c8d0; --tint: #f3f3f6; }
* { box-sizing: border-box; }
html { font-family: 'Source Sans 3', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: var(--ink); background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
/* Long words break at their soft hyphens. Only a token with none (a pasted code or address) is broken at the
   edge of its box, as a last resort; unlike 'anywhere', 'break-word' leaves the width a word needs alone, so
   table columns are never squeezed into breaking real words between two letters. */
body { overflow-wrap: break-word; }
main { max-width: ${mm(CONTENT_WIDTH)}; margin: 0 auto; }
@media screen { main { padding: 12mm 6mm 24mm; } }
/* On paper the page box sets the width: portrait pages give CONTENT_WIDTH, the timetable's landscape pages more. */
@media print { main { max-width: none; } }
h1 { font-size: 26pt; line-height: 1.15; margin: 0 0 3mm; font-weight: 700; }
h2 { font-size: 18pt; line-height: 1.2; margin: 0 0 2mm; padding-bottom: 1.5mm; border-bottom: 2px solid var(--ink); font-weight: 700; }
h3 { font-size: 13.5pt; line-height: 1.25; margin: 9mm 0 1.5mm; font-weight: 700; }
/* A heading, its time line ("rond 10:45") and a label stay with what follows them: the chain holds a
   heading to the first lines of its text, so none of them is left at the foot of a page. */
h2, h3, .meta, .label, .toc-title { break-after: avoid; }
/* Balanced lines break a heading between words where they can ("… van / motiverende gespreksvoering"), so its
   soft hyphens are only used for a word too long for the line. */
h1, h2, h3 { text-wrap: balance; }
p, ul, ol { margin: 0 0 2.5mm; }
ul, ol { padding-left: 6mm; }
a { color: #0b57d0; }
.muted, .meta { color: var(--muted); }
.label { font-weight: 600; margin: 3.5mm 0 1mm; }
.cover { margin-bottom: 10mm; }
.edition { text-transform: uppercase; letter-spacing: 0.08em; font-weight: 600; color: var(--muted); margin-bottom: 2mm; }
.scope { font-size: 14pt; font-weight: 600; }
.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 1mm 6mm; margin: 6mm 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.toc { margin-top: 8mm; break-inside: avoid-page; }
.toc-title { font-size: 14pt; font-weight: 700; margin-bottom: 2mm; }
.toc ol { list-style: none; padding-left: 0; margin: 0; }
.toc > ol > li { margin-top: 2mm; font-weight: 600; }
.toc ol ol { padding-left: 6mm; font-weight: 400; }
.toc a { color: inherit; text-decoration: none; }
.day { break-before: page; }
@media print { a { color: inherit; } }
.action-plan { break-before: page; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 3mm; }
/* The header row is printed again at the top of every page a table runs onto; a row is never split. */
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 1px solid var(--rule); }
th { font-weight: 600; border-bottom: 1.5px solid var(--ink); }
/* Fixed column widths: a long word in a cell breaks inside its column instead of widening the table off the page. */
.programme { table-layout: fixed; }
.programme th:first-child { width: 24mm; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.rest td { background: var(--tint); font-style: italic; }
.programme td p { margin: 0.5mm 0 0; color: var(--muted); }
.programme p.choice-label { color: var(--ink); font-weight: 600; }
.programme ul.choice { margin: 0.5mm 0 0; padding-left: 4mm; }
.programme ul.choice span { color: var(--muted); }
.alternative { border-left: 0.6mm solid var(--rule); padding-left: 3mm; margin: 2mm 0 3mm; }
.alternative h4 { margin: 0 0 0.5mm; break-after: avoid; }
.timetable-section { page: timetable; }
@media screen { .timetable-section { margin-inline: min(0px, (100% - min(${mm(LANDSCAPE_CONTENT_WIDTH)}, 100vw - 12mm)) / 2); } }
.timetable { font-size: 9pt; line-height: 1.25; table-layout: fixed; }
.timetable th, .timetable td { padding: 1mm 1.5mm; }
${timetableColumnCss()}
.timetable .need { display: flex; white-space: normal; margin: 0 0 0.8mm; }
.timetable .need-dot { margin-top: 0.7mm; align-self: flex-start; }
.timetable .format { display: block; color: var(--muted); }
.timetable ul { margin: 0; padding-left: 3mm; }
.pinned { display: block; color: var(--muted); font-style: italic; }
.need { display: inline-flex; align-items: center; gap: 1.3mm; white-space: nowrap; margin-right: 2.5mm; }
.need-dot { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%; border: 0.5mm solid currentColor; background: currentColor; flex: none; }
.need-autonomy .need-dot { color: var(--autonomy); }
.need-competence .need-dot { color: var(--competence); }
.need-relatedness .need-dot { color: var(--relatedness); }
.need-risk .need-dot { background: transparent; }
ul.needs { list-style: none; padding-left: 0; }
.points-to-watch { border-left: 1mm solid #b3261e; padding-left: 3mm; margin: 2mm 0; }
ul.needs li { margin-bottom: 1mm; }
ul.needs .need { margin-right: 0.5mm; font-weight: 600; }
.md > :last-child, .text > :last-child { margin-bottom: 0; }
.md blockquote { margin: 0 0 2.5mm; padding-left: 4mm; border-left: 2px solid var(--rule); }
.md code { font-size: 0.95em; }
.md pre { white-space: pre-wrap; }
/* A table in a card's Markdown sizes its columns by their content: there an endless token may break anywhere. */
.md th, .md td { overflow-wrap: anywhere; }
.trainer-notes { background: var(--tint); border-left: 1mm solid var(--ink); padding: 2mm 4mm; margin: 2mm 0; break-inside: avoid; }
.write { border: 1px solid var(--rule); border-radius: 1.5mm; padding: 1mm 4mm 3mm; margin: 2mm 0 4mm; break-inside: avoid; }
/* The notes box of a technique is never printed alone at the top of a page: when it does not fit below the
   technique, the technique's last lines go along with it to the next page, so the box is whole and its
   technique is in sight. */
.write.notes { break-before: avoid; }
.write .label { margin-top: 1.5mm; }
.lines span { display: block; height: ${LINE_HEIGHT_MM}mm; border-bottom: 0.3mm solid #9a9aa6; }
.scale { display: flex; flex-wrap: wrap; gap: 2mm; list-style: none; padding: 0; margin: 2mm 0 1mm; }
.scale li { width: 9mm; height: 9mm; border: 1px solid var(--ink); border-radius: 50%; display: flex; align-items: center; justify-content: center; font-variant-numeric: tabular-nums; }
.materials { columns: 2; column-gap: 8mm; }
.generated { color: var(--muted); font-size: 9.5pt; }
`;

/** Plain text as paragraphs: blank lines separate paragraphs, single line breaks are kept. */
function plain(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.split('\n').map((line) => esc(line.trim())).join('<br>')}</p>`)
    .join('\n');
}

function rich(value: HandoutText): string {
  return value.format === 'markdown' ? `<div class="md">${renderMarkdown(value.text)}</div>` : `<div class="text">${plain(value.text)}</div>`;
}

const anchor = (id: string) => esc(id.replace(/[^A-Za-z0-9-]/g, ''));

/** What each part of a handout is written with: its labels, and its language's hyphenation. */
interface Writer {
  labels: HandoutLabels;
  /**
   * Escaped text with soft hyphens at the syllable breaks of its long words, for headings and table cells:
   * narrow places where "Trainingsmethodiek" must break as "Trainings-methodiek" or not at all.
   */
  breakable(text: string): string;
}

function writerOf(handout: Handout): Writer {
  const language: Language = handout.language === 'en' ? 'en' : 'nl';
  return { labels: handout.labels, breakable: (text) => esc(hyphenate(text, language)) };
}

/** A need with its colour dot; `name` writes its name (escaped, or breakable in a table cell). */
function need(item: HandoutNeed, labels: HandoutLabels, name: (text: string) => string = esc, suffix = ''): string {
  const kind = (NEEDS as readonly string[]).includes(item.need) ? item.need : 'other';
  const risk = item.effect === 'thwarts';
  return `<span class="need need-${kind}${risk ? ' need-risk' : ''}"><span class="need-dot" aria-hidden="true"></span>${name(item.label)}${risk ? ` (${esc(labels['need.risk'])})` : ''}${suffix}</span>`;
}

/** Needs with their one-line rationale, as a list. */
const needList = (needs: HandoutNeed[], labels: HandoutLabels) =>
  list(
    needs.map((item) => (item.rationale ? `${need(item, labels, esc, ':')} ${esc(item.rationale)}` : need(item, labels))),
    'needs',
  );

const lines = (count: number) => `<div class="lines">${'<span></span>'.repeat(Math.min(MAX_LINES, Math.max(1, Math.round(count))))}</div>`;
const label = (text: string) => `<p class="label">${esc(text)}</p>`;
const list = (items: string[], className = '') => `<ul${className ? ` class="${className}"` : ''}>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
/** A box to write in: the technique's notes ("notes") or a field of the action plan. */
const writeBox = (content: string, kind = '') => `<div class="write${kind ? ` ${kind}` : ''}">${content}</div>`;

function cover(handout: Handout, { breakable }: Writer): string {
  const { cover, labels } = handout;
  const facts: [string, string][] = [
    [labels['cover.dates'], cover.dates.join(' · ')],
    [labels['cover.trainers'], cover.trainers.join(', ')],
    [labels['cover.place'], cover.place],
    [labels['cover.audience'], cover.audience],
  ];
  const shown = facts.filter(([, value]) => value.trim());
  return [
    '<header class="cover">',
    `<p class="edition">${esc(cover.edition)}</p>`,
    `<h1>${breakable(cover.title)}</h1>`,
    cover.scope ? `<p class="scope">${breakable(cover.scope)}</p>` : '',
    shown.length ? `<dl class="facts">${shown.map(([name, value]) => `<dt>${esc(name)}</dt><dd>${esc(value)}</dd>`).join('')}</dl>` : '',
    cover.learningGoals.length
      ? `${label(labels['cover.learningGoals'])}<ol>${cover.learningGoals.map((goal) => `<li>${esc(goal)}</li>`).join('')}</ol>`
      : '',
    `<p class="generated">${esc(cover.generatedOn)}</p>`,
    '</header>',
  ].join('\n');
}

function tocHtml(handout: Handout, { breakable }: Writer): string {
  const days: string[] = [];
  let current: { link: string; children: string[] } | null = null;
  const flush = () => {
    if (current) days.push(`<li>${current.link}${current.children.length ? `<ol>${current.children.join('')}</ol>` : ''}</li>`);
  };
  for (const entry of handout.toc) {
    const link = `<a href="#${anchor(entry.anchor)}">${breakable(entry.title)}</a>`;
    if (entry.level === 1) {
      flush();
      current = { link, children: [] };
    } else if (current) current.children.push(`<li>${link}</li>`);
    else days.push(`<li>${link}</li>`);
  }
  flush();
  return `<nav class="toc" aria-label="${esc(handout.labels.toc)}"><p class="toc-title">${esc(handout.labels.toc)}</p><ol>${days.join('')}</ol></nav>`;
}

function dayHeader(day: ParticipantDay | TrainerDay, { breakable }: Writer): string {
  return `<h2>${breakable(day.title)}</h2>\n<p class="meta">${esc([day.date, day.hours].filter(Boolean).join(' · '))}</p>`;
}

const headerRow = (cells: string[], { breakable }: Writer) => `<thead><tr>${cells.map((cell) => `<th>${breakable(cell)}</th>`).join('')}</tr></thead>`;

function actionPlan(plan: ActionPlan, { breakable }: Writer): string {
  const fields = plan.fields.map((field) =>
    writeBox(
      field.kind === 'lines'
        ? `${label(field.label)}${lines(field.lines)}`
        : `${label(field.label)}<ol class="scale">${Array.from({ length: field.to - field.from + 1 }, (_, i) => `<li>${field.from + i}</li>`).join('')}</ol>`,
    ),
  );
  return `<section class="action-plan" id="${anchor(plan.anchor)}">\n<h3>${breakable(plan.title)}</h3>\n<p>${esc(plan.intro)}</p>\n${fields.join('\n')}\n</section>`;
}

/** "Kies één:" and the alternatives, each linked to its technique section when it has one. */
function programmeChoice(choice: ProgrammeChoice, { breakable }: Writer): string {
  const items = choice.alternatives.map((alternative) => {
    const title = alternative.anchor ? `<a href="#${anchor(alternative.anchor)}">${breakable(alternative.title)}</a>` : breakable(alternative.title);
    return `${title}${alternative.text ? ` <span>${breakable(alternative.text.replace(/\s+/g, ' '))}</span>` : ''}`;
  });
  return `<p class="choice-label">${breakable(choice.label)}</p>${list(items, 'choice')}`;
}

/** The day's programme: every block with its (rough) time, and the end of the day. */
function programme(day: ParticipantDay, writer: Writer): string {
  const { labels, breakable } = writer;
  const rows = day.programme.map((item) => {
    const title = item.anchor ? `<a href="#${anchor(item.anchor)}">${breakable(item.title)}</a>` : breakable(item.title);
    const text = item.text ? `<p>${breakable(item.text.replace(/\s+/g, ' '))}</p>` : '';
    const choice = item.choice ? programmeChoice(item.choice, writer) : '';
    return `<tr${item.kind === 'activity' ? '' : ' class="rest"'}><td class="time">${esc(item.time)}</td><td>${title}${text}${choice}</td></tr>`;
  });
  rows.push(`<tr><td class="time">${esc(day.end)}</td><td>${breakable(labels['programme.end'])}</td></tr>`);
  return [
    `<h3 id="${anchor(day.programmeAnchor)}">${breakable(labels.programme)}</h3>`,
    `<table class="programme">${headerRow([labels['programme.time'], labels['programme.part']], writer)}<tbody>`,
    rows.join('\n'),
    '</tbody></table>',
    `<p class="muted">${esc(labels['programme.note'])}</p>`,
  ].join('\n');
}

function technique(section: TechniqueSection, writer: Writer): string {
  const { labels, breakable } = writer;
  const parts = [`<article class="technique" id="${anchor(section.anchor)}">`, `<h3>${breakable(section.title)}</h3>`];
  parts.push(`<p class="meta">${esc(fillLabel(labels['technique.time'], { time: section.time }))}</p>`);
  if (section.summary) parts.push(label(labels['technique.what']), plain(section.summary));
  if (section.participantText) parts.push(label(labels['technique.inTraining']), plain(section.participantText));
  if (section.needs.length) parts.push(label(labels['technique.why']), needList(section.needs, labels));
  if (section.steps.text) parts.push(label(labels['technique.steps']), rich(section.steps));
  if (section.exampleQuestions.length) parts.push(label(labels['technique.questions']), list(section.exampleQuestions.map(esc)));
  parts.push(writeBox(`${label(labels['technique.notes'])}${lines(section.noteLines)}`, 'notes'), '</article>');
  return parts.join('\n');
}

function participantDay(day: ParticipantDay, writer: Writer): string {
  return [
    `<section class="day" id="${anchor(day.anchor)}">`,
    dayHeader(day, writer),
    programme(day, writer),
    ...day.techniques.map((section) => technique(section, writer)),
    actionPlan(day.actionPlan, writer),
    '</section>',
  ].join('\n');
}

function trainerBlock(block: TrainerBlock, writer: Writer): string {
  const { labels, breakable } = writer;
  const meta = [`${block.start}–${block.end}`, fillLabel(labels.minutes, { minutes: block.durationMinutes }), block.workForm, block.groupFormat].filter(Boolean);
  const parts = [`<article class="block" id="${anchor(block.anchor)}">`, `<h3>${breakable(`${block.start} ${block.title}`)}</h3>`, `<p class="meta">${esc(meta.join(' · '))}</p>`];
  if (block.problem) parts.push(`<p><strong>${esc(block.problem)}</strong></p>`);
  if (block.goal) parts.push(label(labels['col.goal']), plain(block.goal));
  if (block.lastRun) parts.push(label(labels['block.lastRun']), plain(block.lastRun));
  if (block.needs.length) parts.push(label(labels['col.needs']), needList(block.needs, labels));
  if (block.pointsToWatch.length) parts.push(`<div class="points-to-watch">${label(labels['block.pointsToWatch'])}${needList(block.pointsToWatch, labels)}</div>`);
  if (block.instructions.text) parts.push(label(labels['block.instructions']), rich(block.instructions));
  if (block.participantText) parts.push(label(labels['block.participantText']), plain(block.participantText));
  if (block.exampleQuestions.length) parts.push(label(labels['technique.questions']), list(block.exampleQuestions.map(esc)));
  if (block.trainerNotes || block.cardTrainerNotes) {
    parts.push('<div class="trainer-notes">');
    if (block.trainerNotes) parts.push(label(labels['block.trainerNotes']), plain(block.trainerNotes));
    if (block.cardTrainerNotes) parts.push(label(labels['block.cardTrainerNotes']), rich({ format: 'markdown', text: block.cardTrainerNotes }));
    parts.push('</div>');
  }
  if (block.materials.length) parts.push(label(labels['col.materials']), list(block.materials.map(esc)));
  if (block.choice) {
    parts.push(label(block.choice.label), ...block.choice.alternatives.map((alternative) => trainerAlternative(alternative, writer)));
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** One alternative of a choice block, as a block section without times (it shares the block's slot). */
function trainerAlternative(alternative: TrainerAlternative, writer: Writer): string {
  const { labels, breakable } = writer;
  const meta = [alternative.workForm, alternative.groupFormat].filter(Boolean);
  const parts = ['<section class="alternative">', `<h4>${breakable(alternative.title)}</h4>`];
  if (meta.length) parts.push(`<p class="meta">${esc(meta.join(' · '))}</p>`);
  if (alternative.problem) parts.push(`<p><strong>${esc(alternative.problem)}</strong></p>`);
  if (alternative.goal) parts.push(label(labels['col.goal']), plain(alternative.goal));
  if (alternative.pointsToWatch.length) parts.push(`<div class="points-to-watch">${label(labels['block.pointsToWatch'])}${needList(alternative.pointsToWatch, labels)}</div>`);
  if (alternative.instructions.text) parts.push(label(labels['block.instructions']), rich(alternative.instructions));
  if (alternative.participantText) parts.push(label(labels['block.participantText']), plain(alternative.participantText));
  if (alternative.exampleQuestions.length) parts.push(label(labels['technique.questions']), list(alternative.exampleQuestions.map(esc)));
  if (alternative.trainerNotes || alternative.cardTrainerNotes) {
    parts.push('<div class="trainer-notes">');
    if (alternative.trainerNotes) parts.push(label(labels['block.trainerNotes']), plain(alternative.trainerNotes));
    if (alternative.cardTrainerNotes) parts.push(label(labels['block.cardTrainerNotes']), rich({ format: 'markdown', text: alternative.cardTrainerNotes }));
    parts.push('</div>');
  }
  if (alternative.materials.length) parts.push(label(labels['col.materials']), list(alternative.materials.map(esc)));
  parts.push('</section>');
  return parts.join('\n');
}

/** One timetable row; the work form cell names the work form and, below it, the group format. */
function timetableRow(block: TrainerBlock, writer: Writer): string {
  const { labels, breakable } = writer;
  const title = block.detailed ? `<a href="#${anchor(block.anchor)}">${breakable(block.title)}</a>` : breakable(block.title);
  return [
    `<tr${block.kind === 'activity' ? '' : ' class="rest"'}>`,
    `<td class="time">${esc(`${block.start}–${block.end}`)}${block.pinned ? `<span class="pinned">${esc(labels.pinned)}</span>` : ''}</td>`,
    `<td class="time">${esc(fillLabel(labels.minutes, { minutes: block.durationMinutes }))}</td>`,
    `<td>${block.kind === 'activity' ? `<strong>${title}</strong>` : title}${block.choice ? list(block.choice.alternatives.map((alternative) => breakable(alternative.title))) : ''}</td>`,
    `<td>${breakable(block.goal)}</td>`,
    `<td>${breakable(block.workForm)}${block.groupFormat ? `<span class="format">${breakable(block.groupFormat)}</span>` : ''}</td>`,
    `<td>${[...block.needs, ...block.pointsToWatch].map((item) => need(item, labels, breakable)).join(' ')}</td>`,
    `<td>${block.materials.length ? list(block.materials.map(breakable)) : ''}</td>`,
    '</tr>',
  ].join('');
}

/**
 * The day's heading and timetable, on landscape pages of their own (the named page "timetable"); the
 * heading goes along so that it never stands alone on a portrait page before them.
 */
function timetable(day: TrainerDay, writer: Writer): string {
  const { labels, breakable } = writer;
  const columns = (['col.time', 'col.duration', 'col.block', 'col.goal', 'col.method', 'col.needs', 'col.materials'] as const).map((key) => labels[key]);
  return [
    '<div class="timetable-section">',
    dayHeader(day, writer),
    `<p class="meta">${esc(day.planned)}</p>`,
    day.overrun ? `<p><strong>${esc(day.overrun)}</strong></p>` : '',
    `<h3 id="${anchor(day.timetableAnchor)}">${breakable(labels.timetable)}</h3>`,
    `<table class="timetable">${headerRow(columns, writer)}<tbody>`,
    day.blocks.map((block) => timetableRow(block, writer)).join('\n'),
    '</tbody></table>',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

function trainerDay(day: TrainerDay, writer: Writer): string {
  const { labels, breakable } = writer;
  return [
    `<section class="day" id="${anchor(day.anchor)}">`,
    timetable(day, writer),
    ...day.blocks.filter((block) => block.detailed).map((block) => trainerBlock(block, writer)),
    `<h3 id="${anchor(day.materialsAnchor)}">${breakable(labels.materials)}</h3>`,
    day.materials.length ? list(day.materials.map(breakable), 'materials') : `<p>${esc(labels['materials.none'])}</p>`,
    '</section>',
  ].join('\n');
}

export function renderHandoutHtml(handout: Handout, options: HtmlOptions = {}): string {
  const language = handout.language === 'en' ? 'en' : 'nl';
  const writer = writerOf(handout);
  const days =
    handout.audience === 'participant'
      ? handout.days.map((day) => participantDay(day, writer))
      : handout.days.map((day) => trainerDay(day, writer));
  // The optional <body> start tag is left out: every tag in the file is then one of ours, so a check for
  // an injected `<body onload=...>` (or any other tag) can hold the whole file to that.
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${handout.cover.title} · ${handout.cover.edition}`)}</title>`,
    `<style>\n${fontFaceCss(options.fontFaces)}\n${pageCss(runningHeaderOf(handout))}\n${STYLE}</style>`,
    '</head>',
    `<main class="handout handout-${handout.audience === 'participant' ? 'participant' : 'trainer'}">`,
    cover(handout, writer),
    tocHtml(handout, writer),
    ...days,
    '</main>',
    '</html>',
    '',
  ].join('\n');
}
