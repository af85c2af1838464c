import type { TechniqueCard, Tradition } from '../model/card';
import type { Alternative, Block, CardBlock, ChoiceBlock, CustomBlock, Curriculum, TrainingDay } from '../model/curriculum';
import { CHOICE_AUTONOMY } from './choice';
import { NEEDS, type Need, type NeedLayer, type NeedMapping } from '../model/needs';
import { LONG_THEORY_RISK, NEEDS_BY_TYPE, THEORY_LIMIT_MINUTES } from './needs-by-type';
import { remembered } from '../remember';

export type NeedMinutes = Record<Need, number>;
export type Activity = 'active' | 'listening' | 'break';

/** How a day or curriculum spends its minutes. Need minutes are weighted (minutes x strength / 3). */
export interface Balance {
  supports: NeedMinutes;
  risks: NeedMinutes;
  /** How many blocks risk thwarting each need (a count, not minutes: a risk is a point to watch in a block, whatever its length). */
  riskBlocks: NeedMinutes;
  /** Minutes per card tradition; hand-written blocks under 'custom', breaks, lunch and blocks of unknown cards nowhere. */
  traditions: Partial<Record<Tradition | 'custom', number>>;
  activeMinutes: number;
  listeningMinutes: number;
  breakMinutes: number;
  totalMinutes: number;
}

/**
 * The need mappings a block counts toward in one layer: its card's, or its type's; none for a card we do
 * not know. By default the 'exercise' layer, what the block does for the participants; a hand-written
 * block has only that layer. A choice block counts the need-wise average of its alternatives (see
 * `choiceNeeds`) and, in the exercise layer, the autonomy support of choosing itself.
 */
export function blockNeeds(block: Block, cards: ReadonlyMap<string, TechniqueCard>, layer: NeedLayer = 'exercise'): NeedMapping[] {
  if (block.kind === 'choice') return choiceNeeds(block, cards, layer);
  return singleNeeds(block, block.durationMinutes, cards, layer);
}

function singleNeeds(block: Block | Alternative, minutes: number, cards: ReadonlyMap<string, TechniqueCard>, layer: NeedLayer): NeedMapping[] {
  if (block.kind === 'choice') return [];
  if (block.kind === 'card') return (cards.get(block.cardId)?.needs ?? []).filter((mapping) => mapping.layer === layer);
  if (layer !== 'exercise') return [];
  const mappings = [...NEEDS_BY_TYPE[block.type]];
  if (block.type === 'theory' && minutes > THEORY_LIMIT_MINUTES) mappings.push(LONG_THEORY_RISK);
  return mappings;
}

/**
 * A choice block's needs: per need and effect, the AVERAGE of the alternatives' strongest mapping (an
 * alternative without one counts 0), rounded to a whole strength. The average, not the minimum: the balance
 * estimates what the group as a whole gets in the slot, and the participants spread over the options; the
 * minimum would make a trainer's balance worse for adding an option, which punishes the choice itself.
 * Alternatives of unknown cards count 0. In the exercise layer the choice itself adds CHOICE_AUTONOMY; per
 * need only the strongest mapping counts, so it never adds to an alternative that already supports autonomy more.
 */
function choiceNeeds(block: ChoiceBlock, cards: ReadonlyMap<string, TechniqueCard>, layer: NeedLayer): NeedMapping[] {
  const count = block.alternatives.length;
  const mappings: NeedMapping[] = [];
  for (const effect of ['supports', 'thwarts'] as const) {
    for (const need of NEEDS) {
      const strengths = block.alternatives.map((alternative) =>
        Math.max(0, ...singleNeeds(alternative, block.durationMinutes, cards, layer).filter((m) => m.need === need && m.effect === effect).map((m) => m.strength)),
      );
      const strength = Math.round(strengths.reduce((sum, value) => sum + value, 0) / Math.max(1, count));
      if (strength < 1) continue;
      const rounded = Math.min(3, strength);
      mappings.push({
        layer,
        need,
        effect,
        strength: rounded,
        rationale: {
          nl: `Gemiddelde van de ${count} alternatieven (${strengths.join(', ')}).`,
          en: `Average of the ${count} alternatives (${strengths.join(', ')}).`,
        },
        evidence: 'judgement',
      });
    }
  }
  if (layer === 'exercise') mappings.push(CHOICE_AUTONOMY);
  return mappings;
}

const LISTENING_TYPES: ReadonlySet<string> = new Set(['theory', 'demonstration', 'goals-programme']);

/**
 * Whether participants mostly do something, mostly listen, or rest during the block. A choice block is
 * active when any alternative is (someone chose to do something), listening when all are.
 */
export function blockActivity(block: Block, cards: ReadonlyMap<string, TechniqueCard>): Activity {
  if (block.kind === 'choice') {
    const activities = block.alternatives.map((alternative) => singleActivity(alternative, cards));
    if (activities.includes('active')) return 'active';
    return activities.includes('listening') ? 'listening' : 'break';
  }
  return singleActivity(block, cards);
}

/**
 * By work form (a hand-written block's type, a card's `workForm`), not by group format: theory, a
 * demonstration and the goals and programme are listening; a plenary energiser or check-in is not, because
 * the whole room takes part. A card without a work form, or one we do not know, counts as active.
 */
function singleActivity(block: CardBlock | CustomBlock | Alternative, cards: ReadonlyMap<string, TechniqueCard>): Activity {
  const form = block.kind === 'custom' ? block.type : cards.get(block.cardId)?.workForm;
  if (form === 'break' || form === 'lunch') return 'break';
  return form !== undefined && LISTENING_TYPES.has(form) ? 'listening' : 'active';
}

const noNeeds = (): NeedMinutes => ({ autonomy: 0, competence: 0, relatedness: 0 });

function emptyBalance(): Balance {
  return { supports: noNeeds(), risks: noNeeds(), riskBlocks: noNeeds(), traditions: {}, activeMinutes: 0, listeningMinutes: 0, breakMinutes: 0, totalMinutes: 0 };
}

/**
 * Adds one block to a balance. Per need and effect only the strongest mapping counts, so a card that
 * lists the same need twice cannot make a block feed it for more minutes than the block lasts.
 */
function addBlock(balance: Balance, block: Block, cards: ReadonlyMap<string, TechniqueCard>, layer: NeedLayer): void {
  const minutes = block.durationMinutes;
  const strongest = { supports: noNeeds(), thwarts: noNeeds() };
  for (const mapping of blockNeeds(block, cards, layer)) {
    strongest[mapping.effect][mapping.need] = Math.max(strongest[mapping.effect][mapping.need], mapping.strength);
  }
  for (const need of NEEDS) {
    balance.supports[need] += (minutes * strongest.supports[need]) / 3;
    balance.risks[need] += (minutes * strongest.thwarts[need]) / 3;
    if (strongest.thwarts[need] > 0) balance.riskBlocks[need] += 1;
  }
  // A choice block's minutes are shared evenly among its alternatives' traditions, as its needs are averaged.
  const parts: ReadonlyArray<Block | Alternative> = block.kind === 'choice' ? block.alternatives : [block];
  for (const part of parts) {
    // A break or lunch is no tradition: it is time off, not a hand-written activity.
    const rest = part.kind === 'custom' && (part.type === 'break' || part.type === 'lunch');
    const tradition = rest ? undefined : part.kind === 'custom' ? 'custom' : part.kind === 'card' ? cards.get(part.cardId)?.tradition : undefined;
    if (tradition) balance.traditions[tradition] = (balance.traditions[tradition] ?? 0) + minutes / parts.length;
  }
  const activity = blockActivity(block, cards);
  if (activity === 'active') balance.activeMinutes += minutes;
  else if (activity === 'listening') balance.listeningMinutes += minutes;
  else balance.breakMinutes += minutes;
  balance.totalMinutes += minutes;
}

function balanceOf(blocks: readonly Block[], cards: ReadonlyMap<string, TechniqueCard>, layer: NeedLayer): Balance {
  const balance = emptyBalance();
  for (const block of blocks) addBlock(balance, block, cards, layer);
  return balance;
}

/**
 * Day balances remembered per card library, day object and layer: an edit replaces only the day it changes,
 * so the course's balance after a keystroke recounts one day. Callers treat a balance as read-only.
 */
const daysByLibrary = new WeakMap<ReadonlyMap<string, TechniqueCard>, Record<NeedLayer, WeakMap<TrainingDay, Balance>>>();

/** `layer`: whose needs are counted, the participants' ('exercise', the default) or the clients' in a conversation. */
export function dayBalance(day: TrainingDay, cards: ReadonlyMap<string, TechniqueCard>, layer: NeedLayer = 'exercise'): Balance {
  const known = remembered(daysByLibrary, cards, () => ({ exercise: new WeakMap<TrainingDay, Balance>(), conversation: new WeakMap<TrainingDay, Balance>() }));
  return remembered(known[layer], day, () => balanceOf(day.blocks, cards, layer));
}

/** All scheduled days; parked blocks are not part of the training yet, so they do not count. */
export function curriculumBalance(curriculum: Curriculum, cards: ReadonlyMap<string, TechniqueCard>, layer: NeedLayer = 'exercise'): Balance {
  const total = emptyBalance();
  for (const day of curriculum.days) {
    const balance = dayBalance(day, cards, layer);
    for (const need of NEEDS) {
      total.supports[need] += balance.supports[need];
      total.risks[need] += balance.risks[need];
      total.riskBlocks[need] += balance.riskBlocks[need];
    }
    for (const [tradition, minutes] of Object.entries(balance.traditions) as [keyof Balance['traditions'], number][]) {
      total.traditions[tradition] = (total.traditions[tradition] ?? 0) + minutes;
    }
    total.activeMinutes += balance.activeMinutes;
    total.listeningMinutes += balance.listeningMinutes;
    total.breakMinutes += balance.breakMinutes;
    total.totalMinutes += balance.totalMinutes;
  }
  return total;
}
