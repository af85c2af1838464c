import type { FileProblem, Problem } from '../core';
import { Store } from './store';

/** One problem shown in the Problems panel: a file that cannot be read, or a design check on an open training. */
export type Marker =
  | { owner: 'file'; resource: string; problem: FileProblem }
  | { owner: 'design'; resource: string; problem: Problem };

/**
 * Every problem the app knows of, by owner and resource (as VS Code's markers): the file reader and the
 * design checks each replace their own markers for a resource, and the panel, badge and status bar read them.
 */
export class MarkerService {
  readonly store = new Store<readonly Marker[]>([]);

  setFileProblems(resource: string, problems: readonly FileProblem[]): void {
    this.replace('file', resource, problems.map((problem) => ({ owner: 'file', resource, problem })));
  }

  setDesignProblems(resource: string, problems: readonly Problem[]): void {
    this.replace('design', resource, problems.map((problem) => ({ owner: 'design', resource, problem })));
  }

  clear(resource: string): void {
    this.store.set((markers) => (markers.some((marker) => marker.resource === resource) ? markers.filter((marker) => marker.resource !== resource) : markers));
  }

  private replace(owner: Marker['owner'], resource: string, next: Marker[]): void {
    this.store.set((markers) => {
      const others = markers.filter((marker) => marker.owner !== owner || marker.resource !== resource);
      if (others.length === markers.length && next.length === 0) return markers;
      return [...others, ...next];
    });
  }
}
