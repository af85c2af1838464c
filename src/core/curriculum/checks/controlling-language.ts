import type { Block, Curriculum } from '../../model/curriculum';
import { blockTitle } from '../labels';
import { defineRule, type Finding } from './define-rule';
import type { QuickFix } from './types';
import { remembered } from '../../remember';
import { replaceBlock } from './work-forms';

export const CONTROLLING_LANGUAGE = 'controlling-language';

/**
 * Pressuring phrases and an informational rewording of each (Vansteenkiste & Soenens: informational
 * language explains and invites, controlling language pressures). Whole words only, any case; a longer
 * phrase wins over a shorter one inside it ("you must" before "must"). The rewordings keep the sentence
 * grammatical in the usual constructions ("Zorg dat je ... speelt" -> "Het helpt als je ... speelt"); the
 * fix's title shows them, so the trainer sees what changes before applying it.
 */
export const REWORDINGS: Readonly<Record<string, string>> = {
  'je moet': 'je kunt',
  'moet je': 'kun je',
  'jij moet': 'jij kunt',
  'u moet': 'u kunt',
  'moet u': 'kunt u',
  'jullie moeten': 'jullie kunnen',
  'moeten jullie': 'kunnen jullie',
  'zorg ervoor dat': 'het helpt als',
  'zorg dat': 'het helpt als',
  'verplicht': 'afgesproken',
  'verplichte': 'afgesproken',
  'niet mogen': 'liever niet',
  'mag je niet': 'kun je beter niet',
  'mag niet': 'kan beter niet',
  'mogen niet': 'kunnen beter niet',
  'you must': 'you can',
  'must': 'can',
  'you have to': 'you can',
  'have to': 'can',
  'has to': 'can',
  'you need to': 'you can',
  'you should': 'you could',
  'make sure that': 'it helps if',
  'make sure': 'it helps if',
  'mandatory': 'agreed',
  'compulsory': 'agreed',
  'not allowed to': 'asked not to',
};

/**
 * Legitimate uses, not flagged: the client's mandated frame is a fact to name, not pressure on the
 * participants ("een klant die verplicht op gesprek komt", "het verplichte kader").
 */
const NOT_BEFORE: Readonly<Record<string, string>> = {
  verplicht: '\\s+(?:kader|karakter|traject|op\\s+gesprek)',
  verplichte: '\\s+(?:kader|karakter|traject)',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PHRASES = Object.keys(REWORDINGS).sort((a, b) => b.length - a.length);
const alternative = (phrase: string) => escape(phrase).replace(/ /g, '\\s+') + (NOT_BEFORE[phrase] ? `(?!${NOT_BEFORE[phrase]}(?![\\p{L}\\p{N}]))` : '');
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PHRASES.map(alternative).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const normal = (match: string) => match.toLowerCase().replace(/\s+/g, ' ');

/** The pressuring phrases in a text, each once, as written in REWORDINGS (lower case). */
export function controllingPhrases(text: string): string[] {
  return [...new Set([...text.matchAll(PATTERN)].map((match) => normal(match[0])))];
}

/** The text with every pressuring phrase reworded; a capital at the start of the phrase is kept. */
export function reword(text: string): string {
  return text.replace(PATTERN, (match) => {
    const replacement = REWORDINGS[normal(match)] ?? match;
    return match[0] !== match[0]!.toLowerCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
  });
}

/** The texts participants read in a block: its own, and its alternatives' in a choice block. */
function blockTexts(block: Block): string[] {
  const own = [block.participantText, block.goal];
  return block.kind === 'choice' ? [...own, ...block.alternatives.flatMap((alternative) => [alternative.participantText, alternative.goal])] : own;
}

/**
 * The pressuring phrases of a block, remembered per block object: an edit replaces only the blocks it
 * changes, so the checks after a keystroke scan one block's texts, not the whole course's.
 */
const phrasesOfBlock = new WeakMap<Block, string[]>();
const blockPhrases = (block: Block): string[] => remembered(phrasesOfBlock, block, () => [...new Set(blockTexts(block).flatMap(controllingPhrases))]);

function rewordBlock(block: Block): Block {
  const texts = { participantText: reword(block.participantText), goal: reword(block.goal) };
  if (block.kind !== 'choice') return { ...block, ...texts };
  return { ...block, ...texts, alternatives: block.alternatives.map((alternative) => ({ ...alternative, participantText: reword(alternative.participantText), goal: reword(alternative.goal) })) };
}

const suggestion = (phrases: string[]) => phrases.map((phrase) => `"${phrase}" → "${REWORDINGS[phrase]}"`).join(', ');
const quoted = (phrases: string[]) => phrases.map((phrase) => `"${phrase}"`).join(', ');

function rewordFix(phrases: string[], apply: (c: Curriculum) => Curriculum): QuickFix {
  return { title: { key: 'fix.reword', params: { changes: suggestion(phrases) } }, apply };
}

/** Adds the code to the block's `acceptedChecks`: a legitimate use, such as a "verplicht kader" that must be named. */
export function acceptFix(blockId: string, code: string): QuickFix {
  return {
    title: { key: 'fix.accept-for-block' },
    apply: (c) => replaceBlock(c, blockId, (block) => (block.acceptedChecks?.includes(code) ? block : { ...block, acceptedChecks: [...(block.acceptedChecks ?? []), code] })),
  };
}

/**
 * Pressuring words in what participants read (a block's participant text and goal) and in the learning
 * goals: they thwart autonomy, and an informational wording says the same. A block whose `acceptedChecks`
 * holds this code is left alone.
 */
export const controllingLanguage = defineRule(CONTROLLING_LANGUAGE, 'warning', (curriculum, { cards }) => {
  const findings: Finding[] = [];
  curriculum.learningGoals.forEach((goal, index) => {
    const phrases = controllingPhrases(goal);
    if (phrases.length === 0) return;
    findings.push({
      message: { key: 'check.controlling-language.goal', params: { number: index + 1, phrases: quoted(phrases) } },
      location: {},
      fix: rewordFix(phrases, (c) => ({ ...c, learningGoals: c.learningGoals.map((text, at) => (at === index ? reword(text) : text)) })),
    });
  });
  const visit = (block: Block, dayId?: string) => {
    if (block.acceptedChecks?.includes(CONTROLLING_LANGUAGE)) return;
    const phrases = blockPhrases(block);
    if (phrases.length === 0) return;
    findings.push({
      message: { key: 'check.controlling-language.block', params: { title: blockTitle(block, cards, curriculum.language), phrases: quoted(phrases) } },
      location: dayId ? { dayId, blockId: block.id } : { blockId: block.id },
      fix: rewordFix(phrases, (c) => replaceBlock(c, block.id, rewordBlock)),
      moreFixes: [acceptFix(block.id, CONTROLLING_LANGUAGE)],
    });
  };
  curriculum.days.forEach((day) => day.blocks.forEach((block) => visit(block, day.id)));
  curriculum.parking.forEach((block) => visit(block));
  return findings;
});
