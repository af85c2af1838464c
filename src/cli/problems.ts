import type { Translate } from '../core';
import type { OpenResult } from '../contract';

/** `FILE:LINE:COL: /pointer: reason (detail)`, the shape editors and CI logs link to. */
export function describeProblems(file: string, result: Extract<OpenResult, { ok: false }>, t: Translate): string[] {
  return result.problems.map((problem) => {
    const place = problem.line ? `${file}:${problem.line}:${problem.column ?? 1}` : file;
    const pointer = problem.pointer ? ` ${problem.pointer}:` : '';
    return `${place}:${pointer} ${t(`problem.${problem.code}`)} (${problem.detail})`;
  });
}
