import { expect, it } from 'vitest';

/**
 * zod probes whether it may compile parsers with `new Function('')`. Under the app's Content Security
 * Policy (no 'unsafe-eval') the browser reports that probe as a violation, so the schemas run without
 * JIT and the probe must never happen. The core is imported only after the trap is set.
 */
it('parses the app schemas without ever calling the Function constructor', async () => {
  const real = globalThis.Function;
  const calls: string[] = [];
  const record = (args: unknown[]) => calls.push(String(args[args.length - 1] ?? ''));
  globalThis.Function = new Proxy(real, {
    construct: (target, args) => (record(args), Reflect.construct(target, args)),
    apply: (target, self, args) => (record(args), Reflect.apply(target, self, args)),
  });
  try {
    const core = await import('../../src/core');
    expect(core.LocalizedText.parse({ nl: 'a', en: 'b' })).toEqual({ nl: 'a', en: 'b' });
    expect(core.Source.safeParse({ citation: 'Bron', url: 'https://example.org' }).success).toBe(true);
  } finally {
    globalThis.Function = real;
  }
  expect(calls).toEqual([]);
  const { z } = await import('zod');
  expect(z.config().jitless).toBe(true);
});
