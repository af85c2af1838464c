import { z } from 'zod';

/**
 * A share code names one live training on a collaboration server: three groups of four letters and
 * digits from Crockford's base-32 alphabet (no I, L, O or U, so it can be read aloud and typed without
 * mix-ups), e.g. "7K2M-QX9P-D4TB". It is the engine's document name.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SHARE_CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Web Crypto, in every host (browsers, Electron, Node 20); the core's types know neither DOM nor Node. */
const webCrypto = (globalThis as unknown as { crypto: { getRandomValues(bytes: Uint8Array): Uint8Array } }).crypto;

/** A new share code from 60 random bits; `random` gives bytes. */
export function newShareCode(random: (bytes: Uint8Array) => Uint8Array = (bytes) => webCrypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(12));
  const letters = [...bytes].map((byte) => ALPHABET[byte % 32]!).join('');
  return `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8, 12)}`;
}

/** What a typed code means: upper case, spaces and dashes ignored, the look-alikes read as the letters they stand for. */
export function normalizeShareCode(typed: string): string | null {
  const letters = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (letters.length !== 12) return null;
  const code = `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8, 12)}`;
  return SHARE_CODE.test(code) ? code : null;
}

/**
 * What a client sends as its credentials when it connects: the team's token, whether it shares a new
 * training (the code must be new) or joins one (the code must exist), and the name colleagues see.
 */
export const CollabCredentials = z.object({
  token: z.string().min(1).max(200),
  intent: z.enum(['share', 'join']),
  name: z.string().max(80),
});
export type CollabCredentials = z.infer<typeof CollabCredentials>;

/** Why a server refused a connection; the reason travels as this word and the client says it in the user's language. */
export const REFUSALS = ['wrong-token', 'unknown-code', 'code-taken', 'bad-request'] as const;
export type Refusal = (typeof REFUSALS)[number];
export const isRefusal = (reason: unknown): reason is Refusal => typeof reason === 'string' && (REFUSALS as readonly string[]).includes(reason);
