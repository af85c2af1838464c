import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const FACES = [
  { file: 'source-sans-3-latin-400-normal.woff2', weight: 400, style: 'normal' as const },
  { file: 'source-sans-3-latin-400-italic.woff2', weight: 400, style: 'italic' as const },
  { file: 'source-sans-3-latin-600-normal.woff2', weight: 600, style: 'normal' as const },
  { file: 'source-sans-3-latin-700-normal.woff2', weight: 700, style: 'normal' as const },
];

export interface FontFace {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  woff2Base64: string;
}

/** The open font shipped in resources/fonts, embedded in every HTML and PDF handout. */
export async function loadHandoutFonts(resourcesDir: string): Promise<FontFace[]> {
  return Promise.all(
    FACES.map(async (face) => ({
      family: 'Source Sans 3',
      weight: face.weight,
      style: face.style,
      woff2Base64: (await readFile(join(resourcesDir, 'fonts', face.file))).toString('base64'),
    })),
  );
}
