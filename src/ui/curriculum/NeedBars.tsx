import { NEEDS, type Balance, type NeedLayer } from '../../core';
import { useI18n } from '../i18n';

/**
 * Compact need balance for a day header: one bar per need, its length the share of the day's minutes, for
 * one layer (the participants' by default). Risks are counted in blocks, not minutes.
 */
export function NeedBars({ balance, layer }: { balance: Balance; layer: NeedLayer }) {
  const { t } = useI18n();
  const scale = Math.max(1, balance.totalMinutes);
  return (
    <ul className="need-bars" aria-label={t('curriculum.needBalanceOf', { layer: t(`needLayer.${layer}`) })} data-layer={layer}>
      {NEEDS.map((need) => {
        const minutes = Math.round(balance.supports[need]);
        const risk = balance.riskBlocks[need];
        const label = t('curriculum.needMinutes', { need: t(`need.${need}`), minutes }) + (risk ? ` · ${t('curriculum.riskBlocks', { count: risk })}` : '');
        return (
          <li key={need} className={`need-bar need-${need}`} title={label} aria-label={label}>
            <span className="need-bar-fill" style={{ width: `${Math.min(100, (minutes / scale) * 100)}%` }} />
            {minutes === 0 && <span className="need-bar-empty" aria-hidden="true">0</span>}
          </li>
        );
      })}
    </ul>
  );
}
