/** A mistake in the command line itself: the CLI answers with the usage text and exit code 2. */
export class UsageError extends Error {}

/** Splits `--flag value` options from positional arguments. */
export function parseArgs(args: string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') flags.set('json', true);
    else if (arg === '-o') {
      const value = args[++i];
      if (value === undefined) throw new UsageError('option -o needs a file');
      flags.set('output', value);
    }
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      flags.set(name, value);
    } else positional.push(arg);
  }
  return { positional, flags };
}
