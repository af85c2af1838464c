import type { compareNl } from './compare-nl';

export const compareEn: Record<keyof typeof compareNl, string> = {};
