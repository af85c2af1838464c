import { dayName } from '../labels';
import { blockActivity } from '../needs';
import { defineRule, type Finding } from './define-rule';
import { timeRange } from './work-forms';

/**
 * Too much sitting and listening: a day whose working time (breaks and lunch left out) is listening for more
 * than the set share, and every stretch of listening blocks in a row longer than the set minutes. A stretch
 * is reported once, on its first block, with its time range.
 */
export const passiveTime = defineRule('passive-time', 'warning', (curriculum, { cards, schedules, listeningShareMaxPercent, listeningRunMaxMinutes }) =>
  curriculum.days.flatMap((day, dayIndex): Finding[] => {
    const findings: Finding[] = [];
    const scheduled = schedules.get(day.id)?.blocks ?? [];
    const activities = day.blocks.map((block) => blockActivity(block, cards));
    let working = 0;
    let listening = 0;
    day.blocks.forEach((block, index) => {
      if (activities[index] === 'break') return;
      working += block.durationMinutes;
      if (activities[index] === 'listening') listening += block.durationMinutes;
    });
    const percent = working > 0 ? Math.round((listening / working) * 100) : 0;
    if (working > 0 && (listening / working) * 100 > listeningShareMaxPercent) {
      findings.push({
        message: { key: 'check.passive-time.share', params: { day: dayName(curriculum, dayIndex), percent, limit: listeningShareMaxPercent } },
        location: { dayId: day.id },
      });
    }
    let first = -1;
    let minutes = 0;
    const close = (last: number) => {
      if (first >= 0 && minutes > listeningRunMaxMinutes) {
        const start = scheduled[first]?.start ?? 0;
        const end = scheduled[last]?.end ?? start + minutes;
        findings.push({
          message: { key: 'check.passive-time.run', params: { day: dayName(curriculum, dayIndex), range: timeRange(start, end), minutes, limit: listeningRunMaxMinutes } },
          location: { dayId: day.id, blockId: day.blocks[first]!.id },
        });
      }
      first = -1;
      minutes = 0;
    };
    activities.forEach((activity, index) => {
      if (activity !== 'listening') return close(index - 1);
      if (first < 0) first = index;
      minutes += day.blocks[index]!.durationMinutes;
    });
    close(day.blocks.length - 1);
    return findings;
  }),
);
