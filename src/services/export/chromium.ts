import { AppError } from '../../contract';
import { chromiumFamilyProblem } from './chromium-probe';

export { findChromium } from './chromium-probe';

/**
 * Checks, before the first PDF, that the program really is a Chromium, Chrome or Edge: it is started once
 * with `--version` only (no shell, no other arguments) and must name itself so. A mistyped or planted path
 * in settings.json gives a clear error instead of a PDF export that runs something else.
 */
export async function assertChromiumFamily(executable: string, timeoutMs = 15_000): Promise<void> {
  const problem = await chromiumFamilyProblem(executable, timeoutMs);
  if (problem) throw new AppError('chromium-not-chromium', { file: executable, detail: problem }, `${executable} is not Chromium, Chrome or Edge: ${problem}`);
}
