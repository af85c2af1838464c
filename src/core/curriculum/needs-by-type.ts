import type { BlockType } from '../model/curriculum';
import type { Need, NeedMapping } from '../model/needs';

/** Theory longer than this mostly asks participants to sit and listen (also the 'long-theory' check's limit). */
export const THEORY_LIMIT_MINUTES = 20;

/** What a hand-written block does for the participants: the 'exercise' layer, the one a training's balance counts. */
const supports = (need: Need, strength: 1 | 2 | 3, nl: string, en: string): NeedMapping => ({
  layer: 'exercise',
  need,
  effect: 'supports',
  strength,
  rationale: { nl, en },
  evidence: 'judgement',
});

/**
 * What a hand-written block feeds, judged by its type alone (cards carry their own, sourced mappings).
 * Deliberately modest strengths: the type says what a block is for, not how well it is run.
 */
export const NEEDS_BY_TYPE: Readonly<Record<BlockType, readonly NeedMapping[]>> = {
  opening: [supports('relatedness', 2, 'Kennismaken en inchecken verbindt de groep.', 'Getting acquainted and checking in connects the group.')],
  'goals-programme': [
    supports('autonomy', 2, 'Eigen leerdoelen en inzicht in het programma geven regie.', 'Own learning goals and a clear programme give a sense of choice.'),
  ],
  theory: [supports('competence', 1, 'Kennis is een basis voor kunnen, maar nog geen oefening.', 'Knowledge is a basis for skill, but not yet practice.')],
  demonstration: [supports('competence', 2, 'Een voorbeeld zien maakt duidelijk hoe het kan.', 'Seeing it done shows how it can be done.')],
  exercise: [supports('competence', 2, 'Zelf oefenen bouwt vaardigheid op.', 'Practising builds skill.')],
  'role-play': [supports('competence', 2, 'Oefenen in een nagespeelde situatie met feedback.', 'Practice in a simulated situation with feedback.')],
  'live-client': [supports('competence', 3, 'Oefenen met een echte cliënt ligt het dichtst bij de praktijk.', 'Practising with a real client is closest to practice.')],
  'plenary-reflection': [supports('relatedness', 2, 'Samen ervaringen delen verbindt.', 'Sharing experiences together connects.')],
  break: [],
  lunch: [],
  energiser: [supports('relatedness', 1, 'Samen bewegen en lachen verbindt.', 'Moving and laughing together connects.')],
  transfer: [supports('autonomy', 2, 'Deelnemers kiezen zelf hoe ze het in hun werk toepassen.', 'Participants choose how to apply it in their own work.')],
  closing: [supports('relatedness', 2, 'Samen afronden sluit de dag als groep af.', 'Closing together ends the day as a group.')],
  homework: [supports('autonomy', 1, 'Zelf kiezen wat je thuis oefent geeft regie.', 'Choosing what to practise at home gives a sense of choice.')],
};

/** Added to a theory block longer than THEORY_LIMIT_MINUTES. */
export const LONG_THEORY_RISK: NeedMapping = {
  layer: 'exercise',
  need: 'autonomy',
  effect: 'thwarts',
  strength: 1,
  rationale: {
    nl: 'Lang luisteren laat deelnemers weinig te kiezen.',
    en: 'Listening for a long time leaves participants little to choose.',
  },
  evidence: 'judgement',
};
