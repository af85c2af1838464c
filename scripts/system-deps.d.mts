export function findChromium(): string | null;
export function ensureSystemPackages(): void;
