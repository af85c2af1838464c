import type { TechniqueCard, Tradition } from '../model/card';
import type { Block, Curriculum, TrainingDay } from '../model/curriculum';
import { NEEDS, type Need, type NeedMapping } from '../model/needs';
import { LONG_THEORY_RISK, NEEDS_BY_TYPE, THEORY_LIMIT_MINUTES } from './needs-by-type';

export type NeedMinutes = Record<Need, number>;
export type Activity = 'active' | 'listening' | 'break';

/** How a day or curriculum spends its minutes. Need minutes are weighted (minutes x strength / 3). */
export interface Balance {
  supports: NeedMinutes;
  risks: NeedMinutes;
  /** Minutes per card tradition; hand-written blocks under 'custom', blocks of unknown cards nowhere. */
  traditions: Partial<Record<Tradition | 'custom', number>>;
  activeMinutes: number;
  listeningMinutes: number;
  breakMinutes: number;
  totalMinutes: number;
}

/** The need mappings a block counts toward: its card's, or its type's; none for a card we do not know. */
export function blockNeeds(block: Block, cards: ReadonlyMap<string, TechniqueCard>): NeedMapping[] {
  if (block.kind === 'card') return [...(cards.get(block.cardId)?.needs ?? [])];
  const mappings = [...NEEDS_BY_TYPE[block.type]];
  if (block.type === 'theory' && block.durationMinutes > THEORY_LIMIT_MINUTES) mappings.push(LONG_THEORY_RISK);
  return mappings;
}

const LISTENING_TYPES: ReadonlySet<string> = new Set(['theory', 'demonstration', 'goals-programme']);

/** Whether participants mostly do something, mostly listen, or rest during the block. */
export function blockActivity(block: Block, cards: ReadonlyMap<string, TechniqueCard>): Activity {
  if (block.kind === 'custom') {
    if (block.type === 'break' || block.type === 'lunch') return 'break';
    return LISTENING_TYPES.has(block.type) ? 'listening' : 'active';
  }
  // A training-method card done plenary (a lecture format, a demonstration) is listening for most of the room.
  const card = cards.get(block.cardId);
  return card?.tradition === 'training-method' && block.groupFormat === 'plenary' ? 'listening' : 'active';
}

const noNeeds = (): NeedMinutes => ({ autonomy: 0, competence: 0, relatedness: 0 });

function emptyBalance(): Balance {
  return { supports: noNeeds(), risks: noNeeds(), traditions: {}, activeMinutes: 0, listeningMinutes: 0, breakMinutes: 0, totalMinutes: 0 };
}

/**
 * Adds one block to a balance. Per need and effect only the strongest mapping counts, so a card that
 * lists the same need twice cannot make a block feed it for more minutes than the block lasts.
 */
function addBlock(balance: Balance, block: Block, cards: ReadonlyMap<string, TechniqueCard>): void {
  const minutes = block.durationMinutes;
  const strongest = { supports: noNeeds(), thwarts: noNeeds() };
  for (const mapping of blockNeeds(block, cards)) {
    strongest[mapping.effect][mapping.need] = Math.max(strongest[mapping.effect][mapping.need], mapping.strength);
  }
  for (const need of NEEDS) {
    balance.supports[need] += (minutes * strongest.supports[need]) / 3;
    balance.risks[need] += (minutes * strongest.thwarts[need]) / 3;
  }
  const tradition = block.kind === 'custom' ? 'custom' : cards.get(block.cardId)?.tradition;
  if (tradition) balance.traditions[tradition] = (balance.traditions[tradition] ?? 0) + minutes;
  const activity = blockActivity(block, cards);
  if (activity === 'active') balance.activeMinutes += minutes;
  else if (activity === 'listening') balance.listeningMinutes += minutes;
  else balance.breakMinutes += minutes;
  balance.totalMinutes += minutes;
}

function balanceOf(blocks: readonly Block[], cards: ReadonlyMap<string, TechniqueCard>): Balance {
  const balance = emptyBalance();
  for (const block of blocks) addBlock(balance, block, cards);
  return balance;
}

export function dayBalance(day: TrainingDay, cards: ReadonlyMap<string, TechniqueCard>): Balance {
  return balanceOf(day.blocks, cards);
}

/** All scheduled days; parked blocks are not part of the training yet, so they do not count. */
export function curriculumBalance(curriculum: Curriculum, cards: ReadonlyMap<string, TechniqueCard>): Balance {
  return balanceOf(
    curriculum.days.flatMap((day) => day.blocks),
    cards,
  );
}
