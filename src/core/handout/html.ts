import { renderMarkdown } from '../markdown';
import { NEEDS } from '../model/needs';
import { escapeHtml } from './escape';
import {
  fillLabel,
  type ActionPlan,
  type Handout,
  type HandoutLabels,
  type HandoutNeed,
  type HandoutText,
  type ParticipantDay,
  type TrainerBlock,
  type TrainerDay,
} from './model';

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

const STYLE = `
@page { size: A4; margin: 20mm 18mm 22mm; }
:root { --autonomy: #8a3ffc; --competence: #0b6e4f; --relatedness: #b3261e; --ink: #1f1f24; --muted: #5c5c66; --rule: #c8c8d0; --tint: #f3f3f6; }
* { box-sizing: border-box; }
html { font-family: 'Source Sans 3', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: var(--ink); background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
/* Text from a shared file may hold one endless word: it wraps at the page edge instead of running off it. */
body, main { overflow-wrap: anywhere; }
main { max-width: 174mm; margin: 0 auto; }
@media screen { main { padding: 12mm 6mm 24mm; } }
h1 { font-size: 26pt; line-height: 1.15; margin: 0 0 3mm; font-weight: 700; }
h2 { font-size: 18pt; line-height: 1.2; margin: 0 0 2mm; padding-bottom: 1.5mm; border-bottom: 2px solid var(--ink); font-weight: 700; }
h3 { font-size: 13.5pt; line-height: 1.25; margin: 9mm 0 1.5mm; font-weight: 700; break-after: avoid; }
p, ul, ol { margin: 0 0 2.5mm; }
ul, ol { padding-left: 6mm; }
a { color: #0b57d0; }
.muted, .meta { color: var(--muted); }
.label { font-weight: 600; margin: 3.5mm 0 1mm; break-after: avoid; }
.cover { margin-bottom: 10mm; }
.edition { text-transform: uppercase; letter-spacing: 0.08em; font-weight: 600; color: var(--muted); margin-bottom: 2mm; }
.scope { font-size: 14pt; font-weight: 600; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 6mm 0; }
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
thead { display: table-header-group; }
th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 1px solid var(--rule); }
th { font-weight: 600; border-bottom: 1.5px solid var(--ink); }
.programme th:first-child { white-space: nowrap; width: 1%; }
tr { break-inside: avoid; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; width: 1%; }
tr.rest td { background: var(--tint); font-style: italic; }
.programme td p { margin: 0.5mm 0 0; color: var(--muted); }
.timetable { font-size: 8pt; line-height: 1.3; table-layout: fixed; }
.timetable th, .timetable td { padding: 1.2mm 1.4mm; overflow-wrap: anywhere; }
.timetable th:nth-child(1) { width: 11%; }
.timetable th:nth-child(2) { width: 7%; }
.timetable th:nth-child(3) { width: 18%; }
.timetable th:nth-child(4) { width: 19%; }
.timetable th:nth-child(5) { width: 13%; }
.timetable th:nth-child(6) { width: 15%; }
.timetable th:nth-child(7) { width: 17%; }
.timetable .need { display: flex; white-space: normal; margin: 0 0 0.8mm; }
.timetable .need-dot { margin-top: 0.6mm; align-self: flex-start; }
.timetable .format { display: block; color: var(--muted); }
.timetable ul { margin: 0; padding-left: 2.8mm; }
.pinned { display: block; color: var(--muted); font-style: italic; }
.need { display: inline-flex; align-items: center; gap: 1.3mm; white-space: nowrap; margin-right: 2.5mm; }
.need-dot { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%; border: 0.5mm solid currentColor; background: currentColor; flex: none; }
.need-autonomy .need-dot { color: var(--autonomy); }
.need-competence .need-dot { color: var(--competence); }
.need-relatedness .need-dot { color: var(--relatedness); }
.need-risk .need-dot { background: transparent; }
ul.needs { list-style: none; padding-left: 0; }
ul.needs li { margin-bottom: 1mm; }
ul.needs .need { margin-right: 0.5mm; font-weight: 600; }
.md > :last-child, .text > :last-child { margin-bottom: 0; }
.md blockquote { margin: 0 0 2.5mm; padding-left: 4mm; border-left: 2px solid var(--rule); }
.md code { font-size: 0.95em; }
.md pre { white-space: pre-wrap; }
.trainer-notes { background: var(--tint); border-left: 1mm solid var(--ink); padding: 2mm 4mm; margin: 2mm 0; break-inside: avoid; }
.write { border: 1px solid var(--rule); border-radius: 1.5mm; padding: 1mm 4mm 3mm; margin: 2mm 0 4mm; break-inside: avoid; }
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

function need(item: HandoutNeed, labels: HandoutLabels, suffix = ''): string {
  const name = (NEEDS as readonly string[]).includes(item.need) ? item.need : 'other';
  const risk = item.effect === 'thwarts';
  return `<span class="need need-${name}${risk ? ' need-risk' : ''}"><span class="need-dot" aria-hidden="true"></span>${esc(item.label)}${risk ? ` (${esc(labels['need.risk'])})` : ''}${suffix}</span>`;
}

/** Needs with their one-line rationale, as a list. */
const needList = (needs: HandoutNeed[], labels: HandoutLabels) =>
  list(
    needs.map((item) => (item.rationale ? `${need(item, labels, ':')} ${esc(item.rationale)}` : need(item, labels))),
    'needs',
  );

const lines = (count: number) => `<div class="lines">${'<span></span>'.repeat(Math.min(MAX_LINES, Math.max(1, Math.round(count))))}</div>`;
const label = (text: string) => `<p class="label">${esc(text)}</p>`;
const list = (items: string[], className = '') => `<ul${className ? ` class="${className}"` : ''}>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

function cover(handout: Handout): string {
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
    `<h1>${esc(cover.title)}</h1>`,
    cover.scope ? `<p class="scope">${esc(cover.scope)}</p>` : '',
    shown.length ? `<dl class="facts">${shown.map(([name, value]) => `<dt>${esc(name)}</dt><dd>${esc(value)}</dd>`).join('')}</dl>` : '',
    cover.learningGoals.length
      ? `${label(labels['cover.learningGoals'])}<ol>${cover.learningGoals.map((goal) => `<li>${esc(goal)}</li>`).join('')}</ol>`
      : '',
    `<p class="generated">${esc(cover.generatedOn)}</p>`,
    '</header>',
  ].join('\n');
}

function tocHtml(handout: Handout): string {
  const days: string[] = [];
  let current: { link: string; children: string[] } | null = null;
  const flush = () => {
    if (current) days.push(`<li>${current.link}${current.children.length ? `<ol>${current.children.join('')}</ol>` : ''}</li>`);
  };
  for (const entry of handout.toc) {
    const link = `<a href="#${anchor(entry.anchor)}">${esc(entry.title)}</a>`;
    if (entry.level === 1) {
      flush();
      current = { link, children: [] };
    } else if (current) current.children.push(`<li>${link}</li>`);
    else days.push(`<li>${link}</li>`);
  }
  flush();
  return `<nav class="toc" aria-label="${esc(handout.labels.toc)}"><p class="toc-title">${esc(handout.labels.toc)}</p><ol>${days.join('')}</ol></nav>`;
}

function dayHeader(day: ParticipantDay | TrainerDay, hours: string): string {
  return `<h2>${esc(day.title)}</h2>\n<p class="meta">${esc([day.date, hours].filter(Boolean).join(' · '))}</p>`;
}

function actionPlan(plan: ActionPlan): string {
  const fields = plan.fields.map((field) =>
    field.kind === 'lines'
      ? `<div class="write">${label(field.label)}${lines(field.lines)}</div>`
      : `<div class="write">${label(field.label)}<ol class="scale">${Array.from({ length: field.to - field.from + 1 }, (_, i) => `<li>${field.from + i}</li>`).join('')}</ol></div>`,
  );
  return `<section class="action-plan" id="${anchor(plan.anchor)}">\n<h3>${esc(plan.title)}</h3>\n<p>${esc(plan.intro)}</p>\n${fields.join('\n')}\n</section>`;
}

function participantDay(day: ParticipantDay, labels: HandoutLabels): string {
  const rows = day.programme.map((item) => {
    const title = item.anchor ? `<a href="#${anchor(item.anchor)}">${esc(item.title)}</a>` : esc(item.title);
    const text = item.text ? `<p>${esc(item.text.replace(/\s+/g, ' '))}</p>` : '';
    return `<tr${item.kind === 'activity' ? '' : ' class="rest"'}><td class="time">${esc(item.time)}</td><td>${title}${text}</td></tr>`;
  });
  rows.push(`<tr><td class="time">${esc(day.end)}</td><td>${esc(labels['programme.end'])}</td></tr>`);
  const techniques = day.techniques.map((technique) => {
    const parts = [`<article class="technique" id="${anchor(technique.anchor)}">`, `<h3>${esc(technique.title)}</h3>`];
    parts.push(`<p class="meta">${esc(fillLabel(labels['technique.time'], { time: technique.time }))}</p>`);
    if (technique.summary) parts.push(label(labels['technique.what']), plain(technique.summary));
    if (technique.participantText) parts.push(label(labels['technique.inTraining']), plain(technique.participantText));
    if (technique.needs.length) {
      parts.push(label(labels['technique.why']), needList(technique.needs, labels));
    }
    if (technique.steps.text) parts.push(label(labels['technique.steps']), rich(technique.steps));
    if (technique.exampleQuestions.length) parts.push(label(labels['technique.questions']), list(technique.exampleQuestions.map(esc)));
    parts.push(`<div class="write">${label(labels['technique.notes'])}${lines(technique.noteLines)}</div>`, '</article>');
    return parts.join('\n');
  });
  return [
    `<section class="day" id="${anchor(day.anchor)}">`,
    dayHeader(day, day.hours),
    `<h3 id="${anchor(day.programmeAnchor)}">${esc(labels.programme)}</h3>`,
    `<table class="programme"><thead><tr><th>${esc(labels['programme.time'])}</th><th>${esc(labels['programme.part'])}</th></tr></thead><tbody>`,
    rows.join('\n'),
    '</tbody></table>',
    `<p class="muted">${esc(labels['programme.note'])}</p>`,
    ...techniques,
    actionPlan(day.actionPlan),
    '</section>',
  ].join('\n');
}

function trainerBlock(block: TrainerBlock, labels: HandoutLabels): string {
  const meta = [`${block.start}–${block.end}`, fillLabel(labels.minutes, { minutes: block.durationMinutes }), block.workForm, block.groupFormat].filter(Boolean);
  const parts = [`<article class="block" id="${anchor(block.anchor)}">`, `<h3>${esc(`${block.start} ${block.title}`)}</h3>`, `<p class="meta">${esc(meta.join(' · '))}</p>`];
  if (block.problem) parts.push(`<p><strong>${esc(block.problem)}</strong></p>`);
  if (block.goal) parts.push(label(labels['col.goal']), plain(block.goal));
  if (block.needs.length) {
    parts.push(label(labels['col.needs']), needList(block.needs, labels));
  }
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
  parts.push('</article>');
  return parts.join('\n');
}

function trainerDay(day: TrainerDay, labels: HandoutLabels): string {
  const header = (['col.time', 'col.duration', 'col.block', 'col.goal', 'col.method', 'col.needs', 'col.materials'] as const).map((key) => `<th>${esc(labels[key])}</th>`);
  const rows = day.blocks.map((block) => {
    const title = block.detailed ? `<a href="#${anchor(block.anchor)}">${esc(block.title)}</a>` : esc(block.title);
    return [
      `<tr${block.kind === 'activity' ? '' : ' class="rest"'}>`,
      `<td class="time">${esc(`${block.start}–${block.end}`)}${block.pinned ? `<span class="pinned">${esc(labels.pinned)}</span>` : ''}</td>`,
      `<td class="time">${esc(fillLabel(labels.minutes, { minutes: block.durationMinutes }))}</td>`,
      `<td>${block.kind === 'activity' ? `<strong>${title}</strong>` : title}</td>`,
      `<td>${esc(block.goal)}</td>`,
      `<td>${esc(block.workForm)}${block.groupFormat ? `<span class="format">${esc(block.groupFormat)}</span>` : ''}</td>`,
      `<td>${block.needs.map((item) => need(item, labels)).join(' ')}</td>`,
      `<td>${block.materials.length ? list(block.materials.map(esc)) : ''}</td>`,
      '</tr>',
    ].join('');
  });
  return [
    `<section class="day" id="${anchor(day.anchor)}">`,
    dayHeader(day, day.hours),
    `<p class="meta">${esc(day.planned)}</p>`,
    day.overrun ? `<p><strong>${esc(day.overrun)}</strong></p>` : '',
    `<h3 id="${anchor(day.timetableAnchor)}">${esc(labels.timetable)}</h3>`,
    `<table class="timetable"><thead><tr>${header.join('')}</tr></thead><tbody>`,
    rows.join('\n'),
    '</tbody></table>',
    ...day.blocks.filter((block) => block.detailed).map((block) => trainerBlock(block, labels)),
    `<h3 id="${anchor(day.materialsAnchor)}">${esc(labels.materials)}</h3>`,
    day.materials.length ? list(day.materials.map(esc), 'materials') : `<p>${esc(labels['materials.none'])}</p>`,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

export function renderHandoutHtml(handout: Handout, options: HtmlOptions = {}): string {
  const language = handout.language === 'en' ? 'en' : 'nl';
  const days =
    handout.audience === 'participant'
      ? handout.days.map((day) => participantDay(day, handout.labels))
      : handout.days.map((day) => trainerDay(day, handout.labels));
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
    `<style>\n${fontFaceCss(options.fontFaces)}\n${STYLE}</style>`,
    '</head>',
    `<main class="handout handout-${handout.audience === 'participant' ? 'participant' : 'trainer'}">`,
    cover(handout),
    tocHtml(handout),
    ...days,
    '</main>',
    '</html>',
    '',
  ].join('\n');
}
