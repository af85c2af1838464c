import { blockNeeds } from '../curriculum/needs';
import { dayName, blockTitle } from '../curriculum/labels';
import { scheduleDay, type ScheduledBlock } from '../curriculum/schedule';
import { toClock } from '../curriculum/time';
import { CATALOGS, translator, type MessageKey } from '../i18n';
import type { handoutNl } from '../i18n/handout-nl';
import type { TechniqueCard } from '../model/card';
import type { GroupFormat, Language } from '../model/common';
import type { Alternative, Block, Curriculum, TrainingDay } from '../model/curriculum';
import { NEEDS_BY_TYPE } from '../curriculum/needs-by-type';
import { NEEDS, type Need, type NeedMapping } from '../model/needs';
import { localized } from '../text';
import { limitHandout } from './limits';
import { actualMinutes } from '../live/report';

/**
 * Handouts are built once as plain data and then written out as Markdown, HTML (and PDF) or Word. The
 * builder decides what each edition contains, so the renderers cannot leak a trainer-only field into the
 * participant edition: a participant handout simply has no place for trainer notes or materials.
 */

export type Audience = 'participant' | 'trainer';

export interface HandoutOptions {
  audience: Audience;
  /** 0-based; undefined means the whole curriculum. */
  dayIndex?: number;
  /** YYYY-MM-DD, printed on the cover. */
  generatedOn: string;
}

/** The handout texts of the curriculum's language, keyed without the 'handout.' prefix ("col.time"). */
export type HandoutLabels = { [K in keyof typeof handoutNl as K extends `handout.${infer Name}` ? Name : never]: string };

/** Text from the curriculum or a card: Markdown (card instructions and trainer notes) or plain text (block texts). */
export interface HandoutText {
  format: 'markdown' | 'plain';
  text: string;
}

/** One need a block feeds (or risks thwarting), with its name in the handout's language. */
export interface HandoutNeed {
  need: Need;
  label: string;
  effect: 'supports' | 'thwarts';
  strength: number;
  /** The one-line "why" of the mapping; may be empty. */
  rationale: string;
}

export interface HandoutCover {
  title: string;
  /** "Hand-out voor deelnemers" or "Draaiboek voor trainers". */
  edition: string;
  /** The day's name when the handout covers one day, otherwise empty. */
  scope: string;
  /** Long dates of the days in scope ("dinsdag 9 maart 2027"), in order. */
  dates: string[];
  trainers: string[];
  place: string;
  audience: string;
  learningGoals: string[];
  /** "Gemaakt op 25 november 2026". */
  generatedOn: string;
}

export interface TocEntry {
  level: 1 | 2;
  /** The id of the section it points to (letters, digits and dashes only). */
  anchor: string;
  title: string;
}

/** A row of the participant programme: every block of the day, each with its start rounded to 5 minutes. */
export interface ProgrammeItem {
  /** Rough start, "HH:MM" on a multiple of 5 minutes. */
  time: string;
  title: string;
  kind: 'activity' | 'break' | 'lunch';
  /** The block's text for participants, for hand-written blocks (techniques get their own section). */
  text: string;
  /** The technique section this row links to. */
  anchor?: string;
  /** For a choice block: "Kies één:" and the alternatives to choose from. */
  choice?: ProgrammeChoice;
}

/** The alternatives of a choice block as participants see them. */
export interface ProgrammeChoice {
  /** "Kies één:" or "Kies er twee:". */
  label: string;
  alternatives: { title: string; text: string; anchor?: string }[];
}

/** One alternative of a choice block in the trainer edition: everything the trainer needs to run it, as for a block. */
export type TrainerAlternative = Pick<
  TrainerBlock,
  'title' | 'workForm' | 'groupFormat' | 'goal' | 'pointsToWatch' | 'materials' | 'instructions' | 'participantText' | 'exampleQuestions' | 'trainerNotes' | 'cardTrainerNotes' | 'problem'
>;

export interface TechniqueSection {
  anchor: string;
  title: string;
  /** Rough start, "HH:MM". */
  time: string;
  /** What it is: the card's summary (plain text). */
  summary: string;
  /** What we do with it in this training: the block's participant text when it says more than the summary. */
  participantText: string;
  /**
   * Needs the technique feeds, with the rationale (supporting mappings only, one per need): for a technique,
   * what it does for a client in a conversation (why it works); for a training method, what it does for the participants.
   */
  needs: HandoutNeed[];
  /** The card's instructions (Markdown). */
  steps: HandoutText;
  exampleQuestions: string[];
  /** Empty lines for notes. */
  noteLines: number;
}

export type ActionPlanField = { kind: 'lines'; label: string; lines: number } | { kind: 'scale'; label: string; from: number; to: number };

export interface ActionPlan {
  anchor: string;
  title: string;
  intro: string;
  fields: ActionPlanField[];
}

interface DayBase {
  anchor: string;
  /** 1-based number of the day in the curriculum (also when only this day is in the handout). */
  number: number;
  title: string;
  /** Long date, or empty. */
  date: string;
}

export interface ParticipantDay extends DayBase {
  /** "ongeveer 09:30 tot 16:30". */
  hours: string;
  programmeAnchor: string;
  programme: ProgrammeItem[];
  /** Rough end of the day, "HH:MM". */
  end: string;
  techniques: TechniqueSection[];
  actionPlan: ActionPlan;
}

export interface TrainerBlock {
  anchor: string;
  title: string;
  kind: 'activity' | 'break' | 'lunch';
  start: string;
  end: string;
  durationMinutes: number;
  pinned: boolean;
  goal: string;
  /** The work form: the block's type or the card's work form, e.g. "Rollenspel"; empty for breaks and lunch. */
  workForm: string;
  /** Empty for breaks and lunch. */
  groupFormat: string;
  /** The needs the block feeds for the participants (the exercise layer), one per need. */
  needs: HandoutNeed[];
  /**
   * "Aandachtspunten": the needs the block risks thwarting for the participants (exercise-layer 'thwarts'
   * mappings), each with its rationale; what the trainer watches for while running it. Not weighted by minutes.
   */
  pointsToWatch: HandoutNeed[];
  materials: string[];
  /** Card instructions (Markdown) for a card block, the participant text for a hand-written one. */
  instructions: HandoutText;
  /** A card block's own text for participants, when it has one; empty for hand-written blocks. */
  participantText: string;
  exampleQuestions: string[];
  /** The block's own notes (plain text). */
  trainerNotes: string;
  /** The card's notes (Markdown). */
  cardTrainerNotes: string;
  /** Set when the block names a card that is not available. */
  problem: string;
  /** How the block went the last time the day was run live ("3 december 2026: 12 min (gepland 10), 4/5 — …"); empty if never. */
  lastRun: string;
  /** Whether the block gets its own section after the timetable (breaks only when they carry notes). */
  detailed: boolean;
  /**
   * For a choice block: "Deelnemers kiezen er één uit:" and every alternative. The block's `materials`
   * then hold its own and all alternatives' materials, so the day's list has everything to bring.
   */
  choice?: { label: string; alternatives: TrainerAlternative[] };
}

export interface TrainerDay extends DayBase {
  /** "09:30 tot 16:45". */
  hours: string;
  /** "405 min gepland, gewenst einde 16:30". */
  planned: string;
  /** A warning when the day ends after its target end, otherwise empty. */
  overrun: string;
  timetableAnchor: string;
  blocks: TrainerBlock[];
  materialsAnchor: string;
  /** Every material of the day once, in order of first use. */
  materials: string[];
}

interface HandoutBase {
  title: string;
  language: Language;
  generatedOn: string;
  labels: HandoutLabels;
  cover: HandoutCover;
  toc: TocEntry[];
}

export interface ParticipantHandout extends HandoutBase {
  audience: 'participant';
  days: ParticipantDay[];
}

export interface TrainerHandout extends HandoutBase {
  audience: 'trainer';
  days: TrainerDay[];
}

export type Handout = ParticipantHandout | TrainerHandout;

/** Fills `{name}` placeholders of a label; unknown ones stay visible. */
export function fillLabel(label: string, params: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * Participants get rough times, to the nearest 5 minutes (a block at 10:42 is "around 10:40"): precise
 * enough to find their place in the day, loose enough that a trainer is not held to the minute.
 */
const ROUGH_MINUTES = 5;
export function roughClock(minutes: number): string {
  return toClock(Math.round(minutes / ROUGH_MINUTES) * ROUGH_MINUTES);
}

/** "dinsdag 9 maart 2027"; a text that is not a valid date is returned as it is. */
export function longDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso.trim();
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return iso.trim();
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function handoutLabels(language: Language): HandoutLabels {
  const catalog = CATALOGS[language];
  const labels: Record<string, string> = {};
  for (const key of Object.keys(catalog)) {
    if (key.startsWith('handout.')) labels[key.slice('handout.'.length)] = catalog[key as MessageKey];
  }
  return labels as HandoutLabels;
}

const restKind = (block: Block): 'activity' | 'break' | 'lunch' =>
  block.kind === 'custom' && (block.type === 'break' || block.type === 'lunch') ? block.type : 'activity';

/** Per need and effect only the strongest mapping, needs in their fixed order, support before risk. */
function strongestNeeds(mappings: readonly NeedMapping[], language: Language, effects: readonly NeedMapping['effect'][]): HandoutNeed[] {
  const t = translator(language);
  const result: HandoutNeed[] = [];
  for (const effect of effects) {
    for (const need of NEEDS) {
      const best = mappings
        .filter((mapping) => mapping.need === need && mapping.effect === effect)
        .reduce<NeedMapping | undefined>((top, mapping) => (!top || mapping.strength > top.strength ? mapping : top), undefined);
      if (best) result.push({ need, label: t(`need.${need}`), effect, strength: best.strength, rationale: localized(best.rationale, language).trim() });
    }
  }
  return result;
}

/** The support that explains a technique to participants: its conversation layer, or the exercise layer when that has none. */
function techniqueWhy(card: TechniqueCard): NeedMapping[] {
  const supports = card.needs.filter((mapping) => mapping.effect === 'supports');
  const conversation = supports.filter((mapping) => mapping.layer === 'conversation');
  return conversation.length > 0 ? conversation : supports.filter((mapping) => mapping.layer === 'exercise');
}

/** Materials once each (compared without case and extra spaces), in order of first use. */
export function dedupeMaterials(materials: Iterable<string>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const material of materials) {
    const text = material.trim();
    const key = text.replace(/\s+/g, ' ').toLocaleLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    result.push(text);
  }
  return result;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

interface DayContext {
  curriculum: Curriculum;
  cards: ReadonlyMap<string, TechniqueCard>;
  language: Language;
  day: TrainingDay;
  index: number;
  anchor: string;
}

const blockAnchor = (context: DayContext, scheduled: ScheduledBlock) => `${context.anchor}-block-${scheduled.index + 1}`;

/** What participants read about a card they do: what it is, what we do with it, why it works, the steps. */
function techniqueSection(card: TechniqueCard, title: string, time: string, participantText: string, anchor: string, language: Language): TechniqueSection {
  const section: TechniqueSection = {
    anchor,
    title,
    time,
    summary: localized(card.summary, language).trim(),
    participantText: '',
    needs: strongestNeeds(techniqueWhy(card), language, ['supports']),
    steps: { format: 'markdown', text: localized(card.instructions, language).trim() },
    exampleQuestions: card.exampleQuestions.map((question) => localized(question, language).trim()).filter(Boolean),
    noteLines: 6,
  };
  if (!sameText(participantText, section.summary)) section.participantText = participantText.trim();
  return section;
}

function participantDay(context: DayContext): ParticipantDay {
  const { curriculum, cards, language, day, index, anchor } = context;
  const t = translator(language);
  const schedule = scheduleDay(day);
  const programme: ProgrammeItem[] = [];
  const techniques: TechniqueSection[] = [];
  for (const scheduled of schedule.blocks) {
    const { block } = scheduled;
    const time = roughClock(scheduled.start);
    const card = block.kind === 'card' ? cards.get(block.cardId) : undefined;
    const title = blockTitle(block, cards, language).trim();
    const item: ProgrammeItem = { time, title, kind: restKind(block), text: card ? '' : block.participantText.trim() };
    if (card) {
      const section = techniqueSection(card, title, time, block.participantText, blockAnchor(context, scheduled), language);
      item.anchor = section.anchor;
      techniques.push(section);
    }
    if (block.kind === 'choice') {
      // Each alternative with its own text; a card alternative also gets its technique section, for whoever chooses it.
      item.choice = {
        label: t(block.pick === 1 ? 'handout.choice.pickOne' : 'handout.choice.pickTwo'),
        alternatives: block.alternatives.map((alternative, k) => {
          const altTitle = blockTitle(alternative, cards, language).trim();
          const altCard = alternative.kind === 'card' ? cards.get(alternative.cardId) : undefined;
          const entry: ProgrammeChoice['alternatives'][number] = { title: altTitle, text: alternative.participantText.trim() };
          if (altCard) {
            const section = techniqueSection(altCard, altTitle, time, alternative.participantText, `${blockAnchor(context, scheduled)}-alt-${k + 1}`, language);
            entry.anchor = section.anchor;
            techniques.push(section);
          }
          return entry;
        }),
      };
    }
    programme.push(item);
  }
  const name = dayName(curriculum, index);
  return {
    anchor,
    number: index + 1,
    title: name,
    date: day.date ? longDate(day.date, language) : '',
    hours: t('handout.day.roughHours', { start: roughClock(schedule.start), end: roughClock(schedule.end) }),
    programmeAnchor: `${anchor}-programme`,
    programme,
    end: roughClock(schedule.end),
    techniques,
    actionPlan: {
      anchor: `${anchor}-action-plan`,
      title: t('handout.actionPlan.title'),
      intro: t('handout.actionPlan.intro', { day: name }),
      fields: [
        { kind: 'lines', label: t('handout.actionPlan.goal'), lines: 4 },
        { kind: 'lines', label: t('handout.actionPlan.firstStep'), lines: 3 },
        { kind: 'scale', label: t('handout.actionPlan.confidence'), from: 0, to: 10 },
        { kind: 'lines', label: t('handout.actionPlan.confidenceWhy'), lines: 3 },
        { kind: 'lines', label: t('handout.actionPlan.support'), lines: 3 },
      ],
    },
  };
}

/** The trainer sees beside the plan what happened with the block the last time its day ran live. */
function lastRunOf(context: DayContext, blockId: string): string {
  const { curriculum, day, language } = context;
  const t = translator(language);
  const run = (curriculum.runs ?? []).findLast((candidate) => candidate.dayId === day.id && candidate.endedAt);
  const entry = run?.entries.find((candidate) => candidate.blockId === blockId);
  if (!run || !entry) return '';
  const minutes = actualMinutes(entry);
  const date = longDate(run.date, language);
  const outcome =
    entry.status === 'skipped'
      ? t('handout.lastRun.skipped', { date })
      : minutes === null
        ? t('handout.lastRun.notRun', { date })
        : t('handout.lastRun.ran', { date, actual: minutes, planned: entry.plannedMinutes });
  const rating = entry.rating ? t('handout.lastRun.rating', { rating: entry.rating }) : '';
  return [outcome, rating, entry.note?.trim() ?? ''].filter(Boolean).join(' — ');
}

function trainerBlock(context: DayContext, scheduled: ScheduledBlock): TrainerBlock {
  const { cards, language } = context;
  const t = translator(language);
  const { block } = scheduled;
  const card = block.kind === 'card' ? cards.get(block.cardId) : undefined;
  const kind = restKind(block);
  // A break is a break: its type and group format would only repeat what the title says.
  const workFormType = block.kind === 'custom' ? block.type : card?.workForm;
  const workForm = kind !== 'activity' || !workFormType ? '' : t(`blockType.${workFormType}`);
  const result: TrainerBlock = {
    anchor: blockAnchor(context, scheduled),
    title: blockTitle(block, cards, language).trim(),
    kind,
    start: toClock(scheduled.start),
    end: toClock(scheduled.end),
    durationMinutes: block.durationMinutes,
    pinned: scheduled.pinned,
    goal: block.goal.trim(),
    workForm,
    groupFormat: kind !== 'activity' ? '' : t(`groupFormat.${block.groupFormat satisfies GroupFormat}`),
    needs: strongestNeeds(blockNeeds(block, cards, 'exercise'), language, ['supports']),
    pointsToWatch: strongestNeeds(blockNeeds(block, cards, 'exercise'), language, ['thwarts']),
    materials: block.materials.map((material) => material.trim()).filter(Boolean),
    instructions: card
      ? { format: 'markdown', text: localized(card.instructions, language).trim() }
      : { format: 'plain', text: block.participantText.trim() },
    participantText: card ? block.participantText.trim() : '',
    exampleQuestions: card ? card.exampleQuestions.map((question) => localized(question, language).trim()).filter(Boolean) : [],
    trainerNotes: block.trainerNotes.trim(),
    cardTrainerNotes: card ? localized(card.trainerNotes, language).trim() : '',
    problem: block.kind === 'card' && !card ? t('handout.block.unknownCard', { id: block.cardId }) : '',
    lastRun: lastRunOf(context, block.id),
    detailed: true,
  };
  if (kind !== 'activity') result.detailed = result.trainerNotes !== '';
  if (block.kind === 'choice') {
    const alternatives = block.alternatives.map((alternative) => trainerAlternative(alternative, cards, language));
    result.workForm = t('curriculum.choice.kind', { pick: block.pick });
    result.instructions = { format: 'plain', text: block.participantText.trim() };
    result.materials = dedupeMaterials([...result.materials, ...alternatives.flatMap((alternative) => alternative.materials)]);
    result.choice = { label: t(block.pick === 1 ? 'handout.choice.trainerOne' : 'handout.choice.trainerTwo'), alternatives };
  }
  return result;
}

/** A choice block's alternative for the trainer: as a block of its own, without a time (it shares the slot). */
function trainerAlternative(alternative: Alternative, cards: ReadonlyMap<string, TechniqueCard>, language: Language): TrainerAlternative {
  const t = translator(language);
  const card = alternative.kind === 'card' ? cards.get(alternative.cardId) : undefined;
  const workFormType = alternative.kind === 'custom' ? alternative.type : card?.workForm;
  const mappings = alternative.kind === 'card' ? (card?.needs ?? []).filter((mapping) => mapping.layer === 'exercise') : NEEDS_BY_TYPE[alternative.type];
  return {
    title: blockTitle(alternative, cards, language).trim(),
    workForm: workFormType ? t(`blockType.${workFormType}`) : '',
    groupFormat: t(`groupFormat.${alternative.groupFormat satisfies GroupFormat}`),
    goal: alternative.goal.trim(),
    pointsToWatch: strongestNeeds(mappings, language, ['thwarts']),
    materials: alternative.materials.map((material) => material.trim()).filter(Boolean),
    instructions: card ? { format: 'markdown', text: localized(card.instructions, language).trim() } : { format: 'plain', text: alternative.participantText.trim() },
    participantText: card ? alternative.participantText.trim() : '',
    exampleQuestions: card ? card.exampleQuestions.map((question) => localized(question, language).trim()).filter(Boolean) : [],
    trainerNotes: alternative.trainerNotes.trim(),
    cardTrainerNotes: card ? localized(card.trainerNotes, language).trim() : '',
    problem: alternative.kind === 'card' && !card ? t('handout.block.unknownCard', { id: alternative.cardId }) : '',
  };
}

function trainerDay(context: DayContext): TrainerDay {
  const { curriculum, language, day, index, anchor } = context;
  const t = translator(language);
  const schedule = scheduleDay(day);
  const blocks = schedule.blocks.map((scheduled) => trainerBlock(context, scheduled));
  return {
    anchor,
    number: index + 1,
    title: dayName(curriculum, index),
    date: day.date ? longDate(day.date, language) : '',
    hours: t('handout.day.hours', { start: toClock(schedule.start), end: toClock(schedule.end) }),
    planned: t('handout.day.planned', { minutes: schedule.totalMinutes, target: toClock(schedule.targetEnd) }),
    overrun: schedule.overrun > 0 ? t('handout.day.overrun', { minutes: schedule.overrun }) : '',
    timetableAnchor: `${anchor}-timetable`,
    blocks,
    materialsAnchor: `${anchor}-materials`,
    materials: dedupeMaterials(blocks.flatMap((block) => block.materials)),
  };
}

/**
 * The handout of a curriculum, or of one of its days, for participants or for the trainer. Texts are in
 * the curriculum's language, cut to HANDOUT_LIMITS. Throws a RangeError for a day that does not exist.
 */
export function buildHandout(curriculum: Curriculum, cards: ReadonlyMap<string, TechniqueCard>, options: HandoutOptions): Handout {
  const language: Language = curriculum.language === 'en' ? 'en' : 'nl';
  const t = translator(language);
  const { dayIndex } = options;
  if (dayIndex !== undefined && (!Number.isInteger(dayIndex) || dayIndex < 0 || dayIndex >= curriculum.days.length)) {
    throw new RangeError(`day ${dayIndex} does not exist; the curriculum has ${curriculum.days.length} days`);
  }
  const indexes = dayIndex === undefined ? curriculum.days.map((_, index) => index) : [dayIndex];
  const contexts: DayContext[] = indexes.map((index) => ({ curriculum, cards, language, day: curriculum.days[index]!, index, anchor: `day-${index + 1}` }));
  const title = curriculum.title.trim() || t('document.untitled');
  const cover: HandoutCover = {
    title,
    edition: t(options.audience === 'participant' ? 'handout.edition.participant' : 'handout.edition.trainer'),
    scope: dayIndex === undefined ? '' : dayName(curriculum, dayIndex),
    dates: contexts.flatMap((context) => (context.day.date ? [longDate(context.day.date, language)] : [])),
    trainers: curriculum.trainers.map((trainer) => trainer.trim()).filter(Boolean),
    place: curriculum.place.trim(),
    audience: curriculum.audience.trim(),
    learningGoals: curriculum.learningGoals.map((goal) => goal.trim()).filter(Boolean),
    generatedOn: t('handout.cover.generatedOn', { date: longDate(options.generatedOn, language) }),
  };
  const base = { title, language, generatedOn: options.generatedOn, labels: handoutLabels(language), cover };
  if (options.audience === 'participant') {
    const days = contexts.map(participantDay);
    const toc: TocEntry[] = days.flatMap((day) => [
      { level: 1 as const, anchor: day.anchor, title: day.title },
      { level: 2 as const, anchor: day.programmeAnchor, title: t('handout.programme') },
      ...day.techniques.map((technique) => ({ level: 2 as const, anchor: technique.anchor, title: technique.title })),
      { level: 2 as const, anchor: day.actionPlan.anchor, title: day.actionPlan.title },
    ]);
    return limitHandout({ ...base, audience: 'participant', toc, days });
  }
  const days = contexts.map(trainerDay);
  const toc: TocEntry[] = days.flatMap((day) => [
    { level: 1 as const, anchor: day.anchor, title: day.title },
    { level: 2 as const, anchor: day.timetableAnchor, title: t('handout.timetable') },
    ...day.blocks.filter((block) => block.detailed).map((block) => ({ level: 2 as const, anchor: block.anchor, title: `${block.start} ${block.title}` })),
    { level: 2 as const, anchor: day.materialsAnchor, title: t('handout.materials') },
  ]);
  return limitHandout({ ...base, audience: 'trainer', toc, days });
}
