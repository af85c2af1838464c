import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createDocument,
  type Block,
  type Curriculum,
  type DraaiboekDocument,
  type TechniqueCard,
  type TrainingDay,
} from '../../src/core';
import { createNodeServices, findChromium, systemChromiumPrinter, type ShellCapabilities } from '../../src/services';
import type { HostApi } from '../../src/contract';

/** The repository root and its resources folder (built-in cards). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');
/** The starter library's card ids in the order the service lists them (one file per card, sorted). */
export const BUILTIN_CARD_IDS: readonly string[] = readdirSync(join(RESOURCES_DIR, 'cards'))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => name.slice(0, -'.json'.length));

/** A fresh folder in the OS temp dir; `removeDir` removes it. */
export async function makeTempDir(prefix = 'draaiboek-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}
export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

const text = (nl: string, en: string) => ({ nl, en });

/** A valid own technique card; override any field. */
export function makeCard(id: string, overrides: Partial<TechniqueCard> = {}): TechniqueCard {
  return {
    id,
    title: text(`Kaart ${id}`, `Card ${id}`),
    summary: text('Samenvatting', 'Summary'),
    tradition: 'solution-focused',
    needs: [
      { layer: 'exercise', need: 'competence', effect: 'supports', strength: 2, rationale: text('Oefenen', 'Practice'), evidence: 'judgement' },
    ],
    defaultDurationMinutes: 20,
    groupFormat: 'pairs',
    materials: [text('Flip-over', 'Flip chart')],
    goal: text('Doel', 'Goal'),
    instructions: text('1. Doe dit.', '1. Do this.'),
    exampleQuestions: [text('Wat werkt al?', 'What already works?')],
    trainerNotes: text('Let op.', 'Watch out.'),
    sources: [{ citation: 'De Shazer, S. (1988). Clues.' }],
    tags: ['test'],
    provenance: { origin: 'own', author: 'Tester', updated: '2026-01-01T00:00:00Z' },
    ...overrides,
  };
}

export function makeCustomBlock(id: string, overrides: Partial<Extract<Block, { kind: 'custom' }>> = {}): Block {
  return {
    kind: 'custom',
    type: 'exercise',
    title: `Blok ${id}`,
    id,
    durationMinutes: 30,
    groupFormat: 'plenary',
    goal: 'Oefenen',
    participantText: 'Doe mee.',
    trainerNotes: '',
    materials: [],
    ...overrides,
  };
}

export function makeCardBlock(id: string, cardId: string, overrides: Partial<Extract<Block, { kind: 'card' }>> = {}): Block {
  return {
    kind: 'card',
    cardId,
    id,
    durationMinutes: 20,
    groupFormat: 'pairs',
    goal: 'Open vragen oefenen',
    participantText: '',
    trainerNotes: '',
    materials: ['Kaartjes'],
    ...overrides,
  };
}

export const EMBEDDED_CARD_ID = 'card-embedded';

/**
 * A valid document whose curriculum has `days` days of `blocksPerDay` blocks each; every third block
 * refers to the one card embedded in the file, so the document opens without notices.
 */
export function makeCurriculumDocument(days: number, blocksPerDay: number): DraaiboekDocument {
  const trainingDays: TrainingDay[] = [];
  for (let d = 1; d <= days; d++) {
    const blocks: Block[] = [];
    for (let b = 1; b <= blocksPerDay; b++) {
      const id = `block-${d}-${b}`;
      blocks.push(b % 3 === 0 ? makeCardBlock(id, EMBEDDED_CARD_ID) : makeCustomBlock(id));
    }
    trainingDays.push({ id: `day-${d}`, title: `Dag ${d}`, start: '09:00', targetEnd: '17:00', blocks });
  }
  const curriculum: Curriculum = {
    id: 'curriculum-test',
    title: 'Motiverende gespreksvoering',
    language: 'nl',
    audience: 'Wijkteams',
    learningGoals: ['Open vragen stellen'],
    trainers: ['Tester'],
    place: 'Utrecht',
    days: trainingDays,
    parking: [makeCustomBlock('block-parked', { type: 'energiser' })],
  };
  return createDocument(
    {
      curriculum,
      cards: [makeCard(EMBEDDED_CARD_ID)],
      modules: [{ id: 'module-opening', title: 'Opening', description: '', blocks: [makeCustomBlock('block-module-1', { type: 'opening' })] }],
    },
    '0.1.0',
  );
}

export const noShell: ShellCapabilities = {
  pickOpenPath: () => Promise.reject(new Error('no dialogs in tests')),
  pickSavePath: () => Promise.reject(new Error('no dialogs in tests')),
  openLink: async () => ({ opened: false }),
  setMenu: async () => ({ shown: false }),
  revealFile: async () => ({ revealed: false }),
  // Real PDFs where this machine has a Chromium (CI installs one); a clear error otherwise.
  pdfPrinter: (settings) => systemChromiumPrinter(settings.chromiumPath, (setting) => findChromium(setting)),
};

/** The real Node services over a data folder, with the repository's built-in cards. */
export function makeServices(dataDir: string): Promise<HostApi> {
  return createNodeServices({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    appVersion: '0.1.0-test',
    edition: 'web',
    systemLocale: 'nl-NL',
    shell: noShell,
  });
}

/** A training day from 09:00 to 17:00 unless overridden. */
export function makeDay(id: string, blocks: Block[] = [], overrides: Partial<TrainingDay> = {}): TrainingDay {
  return { id, title: `Dag ${id}`, start: '09:00', targetEnd: '17:00', blocks, ...overrides };
}

/** A Dutch curriculum with the given days and an empty parking area unless overridden. */
export function makeCurriculum(days: TrainingDay[] = [], overrides: Partial<Curriculum> = {}): Curriculum {
  return {
    id: 'curriculum-test',
    title: 'Test',
    language: 'nl',
    audience: '',
    learningGoals: [],
    trainers: [],
    place: '',
    days,
    parking: [],
    ...overrides,
  };
}

/** The library map the curriculum functions take. */
export function cardMap(...cards: TechniqueCard[]): ReadonlyMap<string, TechniqueCard> {
  return new Map(cards.map((card) => [card.id, card]));
}
