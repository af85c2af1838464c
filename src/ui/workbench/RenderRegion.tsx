import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';

let listener: ProfilerOnRenderCallback | null = null;

/**
 * Who hears the regions' renders: the renders benchmark (test/bench/renders.bench.ts), nobody in the app.
 * React calls a Profiler's onRender in development and profiling builds only; in the shipped build a
 * region is as cheap as a fragment.
 */
export function listenToRenders(callback: ProfilerOnRenderCallback | null): void {
  listener = callback;
}

const onRender: ProfilerOnRenderCallback = (...args) => listener?.(...args);

/** A part of the workbench whose renders can be counted: it reports when anything inside it rendered. */
export function RenderRegion({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Profiler id={id} onRender={onRender}>
      {children}
    </Profiler>
  );
}
