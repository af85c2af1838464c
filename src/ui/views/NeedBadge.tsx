import type { NeedMapping } from '../../core';
import { useI18n } from '../i18n';

const ICONS = { autonomy: 'compass', competence: 'star-full', relatedness: 'heart' } as const;

/** The one need badge used everywhere: icon + colour + label, with "risk" shown apart from "feeds". */
export function NeedBadge({ mapping }: { mapping: Pick<NeedMapping, 'need' | 'effect' | 'strength'> }) {
  const { t } = useI18n();
  const label = `${t(`need.${mapping.need}`)} · ${t(`need.${mapping.effect}`)} ${'●'.repeat(mapping.strength)}`;
  return (
    <span className={`need-badge need-${mapping.need} effect-${mapping.effect}`} title={label}>
      <span className={`codicon codicon-${mapping.effect === 'thwarts' ? 'warning' : ICONS[mapping.need]}`} aria-hidden="true" />
      <span>{label}</span>
    </span>
  );
}
