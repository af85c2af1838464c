import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Colour contrast of every theme, read from the CSS variables in styles.css: the check axe's slowest rule did in
 * the browser, here in milliseconds, for the colour pairs the workbench really paints (text on its background,
 * focus rings and icons against theirs).
 */
const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'ui', 'styles.css'), 'utf8');
const THEMES = ['light', 'dark', 'high-contrast'] as const;

function themeVariables(theme: string): Map<string, string> {
  const block = new RegExp(`\\[data-theme='${theme}'\\]\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  if (!block) throw new Error(`styles.css has no [data-theme='${theme}'] block`);
  return new Map([...block.matchAll(/(--[a-z-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
}

type Rgba = [number, number, number, number];

function parseColour(value: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(value)?.[1];
  if (hex) return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(1) as Rgba;
  const rgba = /^rgba?\(([^)]+)\)$/.exec(value)?.[1];
  if (rgba) {
    const [r, g, b, a = '1'] = rgba.split(',').map((part) => part.trim());
    return [Number(r), Number(g), Number(b), Number(a)];
  }
  throw new Error(`not a colour this test understands: ${value}`);
}

/** A translucent colour (hover) as it shows over an opaque background. */
function over([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba {
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text needs 4.5:1 (WCAG 1.4.3); focus rings and icons 3:1 (WCAG 1.4.11). */
const TEXT = 4.5;
const NON_TEXT = 3;
const PAIRS: { fg: string; bg: string; min: number; hover?: boolean }[] = [
  ...['--bg', '--sidebar-bg', '--panel-bg', '--tab-bg', '--tab-active-bg'].flatMap((bg) => [
    { fg: '--fg', bg, min: TEXT },
    { fg: '--muted', bg, min: TEXT },
    { fg: '--error', bg, min: TEXT },
    { fg: '--accent', bg, min: TEXT },
    { fg: '--focus', bg, min: NON_TEXT },
  ]),
  { fg: '--fg', bg: '--bg', min: TEXT, hover: true },
  { fg: '--fg', bg: '--sidebar-bg', min: TEXT, hover: true },
  { fg: '--bg', bg: '--accent', min: TEXT },
  { fg: '--status-fg', bg: '--status-bg', min: TEXT },
  { fg: '--activity-fg', bg: '--activity-bg', min: NON_TEXT },
  { fg: '--activity-active', bg: '--activity-bg', min: NON_TEXT },
  { fg: '--error-fg', bg: '--error', min: TEXT },
  ...['autonomy', 'competence', 'relatedness'].flatMap((need) => [
    { fg: `--need-${need}`, bg: `--need-${need}-bg`, min: TEXT },
    { fg: `--need-${need}`, bg: '--bg', min: TEXT },
  ]),
];

describe('theme colours', () => {
  for (const theme of THEMES) {
    it(`every text and focus colour of the ${theme} theme stands out enough from its background`, () => {
      const variables = themeVariables(theme);
      const colour = (name: string) => parseColour(variables.get(name) ?? themeVariables('light').get(name)!);
      const failures = PAIRS.flatMap(({ fg, bg, min, hover }) => {
        const background = hover ? over(colour('--hover'), colour(bg)) : colour(bg);
        const ratio = contrast(colour(fg), background);
        return ratio < min ? [`${fg} on ${hover ? '--hover over ' : ''}${bg}: ${ratio.toFixed(2)} < ${min}`] : [];
      });
      expect(failures).toEqual([]);
    });
  }

  it('dark and high contrast define every variable light does, so none falls back to the light colour', () => {
    const light = [...themeVariables('light').keys()];
    expect(light.length).toBeGreaterThan(20);
    for (const theme of ['dark', 'high-contrast']) {
      const defined = themeVariables(theme);
      expect(light.filter((name) => !defined.has(name)), theme).toEqual([]);
    }
  });

  it('the contrast arithmetic matches WCAG: black on white is 21:1', () => {
    expect(contrast(parseColour('#000000'), parseColour('#ffffff'))).toBeCloseTo(21, 5);
    // #767676 on white is the well-known lightest grey that still passes 4.5:1.
    expect(contrast(parseColour('#767676'), parseColour('#ffffff'))).toBeGreaterThan(4.5);
    expect(contrast(parseColour('#777777'), parseColour('#ffffff'))).toBeLessThan(4.5);
  });
});
