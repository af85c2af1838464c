import { useMemo } from 'react';
import type { CompareSide } from '../../app';
import { CompareView } from './CompareView';

/** A compare tab: both sides' cards together name the card blocks on either side. */
export function CompareTab({ before, after }: { before: CompareSide; after: CompareSide }) {
  const cards = useMemo(() => new Map([...before.cards, ...after.cards].map((card) => [card.id, card])), [before, after]);
  return <CompareView before={before.curriculum} after={after.curriculum} beforeLabel={before.label} afterLabel={after.label} cards={cards} />;
}
