import { useI18n } from '../i18n';
import { signedMinutes } from './format';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 8;

/**
 * The drift through the day as a small line: above the middle the day runs behind the plan, below it
 * ahead. The picture is decoration for sighted readers; the caption and the list say the same in words.
 */
export function DriftChart({ points }: { points: { title: string; drift: number }[] }) {
  const { t } = useI18n();
  if (points.length === 0) return <p className="live-muted">{t('live.driftNone')}</p>;
  const last = points.at(-1)!.drift;
  const reach = Math.max(5, ...points.map((point) => Math.abs(point.drift)));
  const x = (index: number) => PAD + ((WIDTH - 2 * PAD) * (index + 1)) / points.length;
  const y = (drift: number) => HEIGHT / 2 - ((HEIGHT / 2 - PAD) * drift) / reach;
  const line = [`${PAD},${y(0)}`, ...points.map((point, index) => `${x(index)},${y(point.drift)}`)].join(' ');
  return (
    <figure className="live-drift">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        <line className="live-drift-zero" x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} />
        <polyline className="live-drift-line" points={line} />
        {points.map((point, index) => (
          <circle key={index} className="live-drift-dot" cx={x(index)} cy={y(point.drift)} r={3} />
        ))}
      </svg>
      <figcaption>
        {last < 0 ? t('live.driftSummaryAhead', { count: -last }) : t('live.driftSummary', { count: last })}
        <ol className="visually-hidden">
          {points.map((point, index) => (
            <li key={index}>{t('live.driftPoint', { title: point.title, drift: signedMinutes(point.drift) })}</li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
