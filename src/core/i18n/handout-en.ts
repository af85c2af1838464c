import type { handoutNl } from './handout-nl';

export const handoutEn: Record<keyof typeof handoutNl, string> = {};
