import { useState } from 'react';

/**
 * Copies the share code and keeps what came of it, so the button can say so: the clipboard may be refused
 * (no permission, an insecure page), and then the trainer selects the code by hand.
 */
export function useCopyCode(): { outcome: 'copied' | 'failed' | null; copy(code: string): Promise<void> } {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const copy = async (code: string) => {
    try {
      await navigator.clipboard.writeText(code);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return { outcome, copy };
}
