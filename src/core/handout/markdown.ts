import type { Need } from '../model/needs';
import { markdownLine, markdownParagraphs } from './escape';
import { neutraliseMarkdown } from './inert-markdown';
import {
  fillLabel,
  type ActionPlan,
  type Handout,
  type HandoutLabels,
  type HandoutNeed,
  type HandoutText,
  type ParticipantDay,
  type ParticipantHandout,
  type TrainerAlternative,
  type TrainerBlock,
  type TrainerDay,
  type TrainerHandout,
} from './model';

/**
 * A handout as CommonMark with GFM tables. Every text from the curriculum is escaped, and Markdown fields
 * are neutralised, so the file stays inert in any Markdown viewer, also one that allows raw HTML.
 */

/** The colour of each need as a marker that survives plain text (purple, green, red as in the HTML). */
const NEED_MARKERS: Record<Need, string> = { autonomy: '🟣', competence: '🟢', relatedness: '🔴' };

const text = (value: HandoutText) => (value.format === 'markdown' ? neutraliseMarkdown(value.text) : markdownParagraphs(value.text));

function needName(need: HandoutNeed, labels: HandoutLabels): string {
  const name = `${NEED_MARKERS[need.need]} ${markdownLine(need.label)}`;
  return need.effect === 'thwarts' ? `${name} (${markdownLine(labels['need.risk'])})` : name;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell || ' ').join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Emphasis around escaped text; nothing for empty text, which would otherwise show the asterisks. */
const wrap = (marker: string) => (value: string) => {
  const line = markdownLine(value);
  return line ? `${marker}${line}${marker}` : '';
};
const bold = wrap('**');
const italic = wrap('*');
const writeLines = (count: number) => Array.from({ length: count }, () => '.'.repeat(64)).join('\n\n');

function cover(handout: Handout): string[] {
  const { cover, labels } = handout;
  const out = [`# ${markdownLine(cover.title)}`, italic(cover.edition)];
  if (cover.scope) out.push(bold(cover.scope));
  const facts: [string, string][] = [
    [labels['cover.dates'], cover.dates.join(' · ')],
    [labels['cover.trainers'], cover.trainers.join(', ')],
    [labels['cover.place'], cover.place],
    [labels['cover.audience'], cover.audience],
  ];
  const lines = facts.filter(([, value]) => value.trim()).map(([label, value]) => `- ${bold(`${label}:`)} ${markdownLine(value)}`);
  if (lines.length) out.push(lines.join('\n'));
  if (cover.learningGoals.length) {
    out.push(bold(labels['cover.learningGoals']), cover.learningGoals.map((goal, i) => `${i + 1}. ${markdownLine(goal)}`).join('\n'));
  }
  out.push(italic(cover.generatedOn));
  out.push(bold(labels.toc), handout.toc.map((entry) => `${entry.level === 1 ? '' : '  '}- ${markdownLine(entry.title)}`).join('\n'));
  return out;
}

function dayHeading(day: ParticipantDay | TrainerDay, hours: string): string[] {
  return ['---', `## ${markdownLine(day.title)}`, markdownLine([day.date, hours].filter(Boolean).join(' · '))];
}

function actionPlan(plan: ActionPlan): string[] {
  const out = [`### ${markdownLine(plan.title)}`, markdownLine(plan.intro)];
  for (const field of plan.fields) {
    out.push(bold(field.label));
    if (field.kind === 'lines') out.push(writeLines(field.lines));
    else out.push(Array.from({ length: field.to - field.from + 1 }, (_, i) => `( ${field.from + i} )`).join('  '));
  }
  return out;
}

function participantDay(day: ParticipantDay, labels: HandoutLabels): string[] {
  const out = dayHeading(day, day.hours);
  out.push(`### ${markdownLine(labels.programme)}`);
  const rows = day.programme.map((item) => {
    const title = item.kind === 'activity' ? markdownLine(item.title) : italic(item.title);
    const cell = item.text ? `${title} — ${markdownLine(item.text)}` : title;
    if (!item.choice) return [item.time, cell];
    // A table cell holds one line, so the alternatives follow the label as a numbered run.
    const alternatives = item.choice.alternatives.map((alternative, i) => `(${i + 1}) ${bold(alternative.title)}${alternative.text ? `: ${markdownLine(alternative.text)}` : ''}`);
    return [item.time, `${cell} — ${markdownLine(item.choice.label)} ${alternatives.join(' ')}`];
  });
  rows.push([day.end, markdownLine(labels['programme.end'])]);
  out.push(table([markdownLine(labels['programme.time']), markdownLine(labels['programme.part'])], rows), italic(labels['programme.note']));
  for (const technique of day.techniques) {
    out.push(`### ${markdownLine(technique.title)}`, italic(fillLabel(labels['technique.time'], { time: technique.time })));
    if (technique.summary) out.push(bold(labels['technique.what']), markdownParagraphs(technique.summary));
    if (technique.participantText) out.push(bold(labels['technique.inTraining']), markdownParagraphs(technique.participantText));
    if (technique.needs.length) {
      out.push(
        bold(labels['technique.why']),
        technique.needs.map((need) => `- ${needName(need, labels)}${need.rationale ? `: ${markdownLine(need.rationale)}` : ''}`).join('\n'),
      );
    }
    if (technique.steps.text) out.push(bold(labels['technique.steps']), text(technique.steps));
    if (technique.exampleQuestions.length) {
      out.push(bold(labels['technique.questions']), technique.exampleQuestions.map((question) => `- ${markdownLine(question)}`).join('\n'));
    }
    // A text file needs fewer lines to say "write here" than a printed page.
    out.push(bold(labels['technique.notes']), writeLines(Math.min(3, technique.noteLines)));
  }
  out.push('---', ...actionPlan(day.actionPlan));
  return out;
}

function trainerBlock(block: TrainerBlock, labels: HandoutLabels): string[] {
  const out = [`### ${markdownLine(`${block.start} ${block.title}`)}`];
  const meta = [`${block.start}–${block.end}`, fillLabel(labels.minutes, { minutes: block.durationMinutes }), block.workForm, block.groupFormat].filter(Boolean);
  out.push(markdownLine(meta.join(' · ')));
  if (block.problem) out.push(italic(block.problem));
  if (block.goal) out.push(`${bold(`${labels['col.goal']}:`)} ${markdownLine(block.goal)}`);
  if (block.lastRun) out.push(`${bold(`${labels['block.lastRun']}:`)} ${markdownLine(block.lastRun)}`);
  if (block.needs.length) {
    out.push(bold(labels['col.needs']), block.needs.map((need) => `- ${needName(need, labels)}${need.rationale ? `: ${markdownLine(need.rationale)}` : ''}`).join('\n'));
  }
  if (block.pointsToWatch.length) {
    out.push(bold(labels['block.pointsToWatch']), block.pointsToWatch.map((need) => `- ${needName(need, labels)}${need.rationale ? `: ${markdownLine(need.rationale)}` : ''}`).join('\n'));
  }
  if (block.instructions.text) out.push(bold(labels['block.instructions']), text(block.instructions));
  if (block.participantText) out.push(bold(labels['block.participantText']), markdownParagraphs(block.participantText));
  if (block.exampleQuestions.length) {
    out.push(bold(labels['technique.questions']), block.exampleQuestions.map((question) => `- ${markdownLine(question)}`).join('\n'));
  }
  if (block.trainerNotes) out.push(bold(labels['block.trainerNotes']), markdownParagraphs(block.trainerNotes));
  if (block.cardTrainerNotes) out.push(bold(labels['block.cardTrainerNotes']), neutraliseMarkdown(block.cardTrainerNotes));
  if (block.materials.length) out.push(bold(labels['col.materials']), block.materials.map((material) => `- ${markdownLine(material)}`).join('\n'));
  if (block.choice) {
    out.push(bold(block.choice.label));
    for (const alternative of block.choice.alternatives) out.push(...trainerAlternative(alternative, labels));
  }
  return out;
}

function trainerAlternative(alternative: TrainerAlternative, labels: HandoutLabels): string[] {
  const out = [`#### ${markdownLine(alternative.title)}`];
  const meta = [alternative.workForm, alternative.groupFormat].filter(Boolean);
  if (meta.length) out.push(markdownLine(meta.join(' · ')));
  if (alternative.problem) out.push(italic(alternative.problem));
  if (alternative.goal) out.push(`${bold(`${labels['col.goal']}:`)} ${markdownLine(alternative.goal)}`);
  if (alternative.pointsToWatch.length) {
    out.push(bold(labels['block.pointsToWatch']), alternative.pointsToWatch.map((need) => `- ${needName(need, labels)}${need.rationale ? `: ${markdownLine(need.rationale)}` : ''}`).join('\n'));
  }
  if (alternative.instructions.text) out.push(bold(labels['block.instructions']), text(alternative.instructions));
  if (alternative.participantText) out.push(bold(labels['block.participantText']), markdownParagraphs(alternative.participantText));
  if (alternative.exampleQuestions.length) {
    out.push(bold(labels['technique.questions']), alternative.exampleQuestions.map((question) => `- ${markdownLine(question)}`).join('\n'));
  }
  if (alternative.trainerNotes) out.push(bold(labels['block.trainerNotes']), markdownParagraphs(alternative.trainerNotes));
  if (alternative.cardTrainerNotes) out.push(bold(labels['block.cardTrainerNotes']), neutraliseMarkdown(alternative.cardTrainerNotes));
  if (alternative.materials.length) out.push(bold(labels['col.materials']), alternative.materials.map((material) => `- ${markdownLine(material)}`).join('\n'));
  return out;
}

function trainerDay(day: TrainerDay, labels: HandoutLabels): string[] {
  const out = dayHeading(day, day.hours);
  out.push(markdownLine(day.planned));
  if (day.overrun) out.push(bold(day.overrun));
  out.push(`### ${markdownLine(labels.timetable)}`);
  const header = ['col.time', 'col.duration', 'col.block', 'col.goal', 'col.method', 'col.needs', 'col.materials'] as const;
  const rows = day.blocks.map((block) => [
    `${block.start}–${block.end}${block.pinned ? ` (${markdownLine(labels.pinned)})` : ''}`,
    fillLabel(labels.minutes, { minutes: block.durationMinutes }),
    block.kind === 'activity' ? bold(block.title) : italic(block.title),
    markdownLine(block.goal),
    markdownLine([block.workForm, block.groupFormat].filter(Boolean).join(' · ')),
    [...block.needs, ...block.pointsToWatch].map((need) => needName(need, labels)).join(', '),
    block.materials.map(markdownLine).join('; '),
  ]);
  out.push(table(header.map((key) => markdownLine(labels[key])), rows));
  for (const block of day.blocks.filter((candidate) => candidate.detailed)) out.push(...trainerBlock(block, labels));
  out.push(`### ${markdownLine(labels.materials)}`);
  out.push(day.materials.length ? day.materials.map((material) => `- ${markdownLine(material)}`).join('\n') : markdownLine(labels['materials.none']));
  return out;
}

export function renderHandoutMarkdown(handout: Handout): string {
  const parts = cover(handout);
  if (handout.audience === 'participant') {
    const { days, labels } = handout satisfies ParticipantHandout;
    for (const day of days) parts.push(...participantDay(day, labels));
  } else {
    const { days, labels } = handout satisfies TrainerHandout;
    for (const day of days) parts.push(...trainerDay(day, labels));
  }
  return `${parts.filter((part) => part.trim() !== '').join('\n\n')}\n`;
}
