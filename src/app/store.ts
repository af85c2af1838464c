/** A value that changes over time and tells its listeners; what every application-layer service keeps its state in. */
export class Store<T> {
  private listeners = new Set<() => void>();
  constructor(private state: T) {}

  get = (): T => this.state;

  /** Replaces the state; listeners hear of it only when it really changed (by identity). */
  set(next: T | ((current: T) => T)): void {
    const value = typeof next === 'function' ? (next as (current: T) => T)(this.state) : next;
    if (Object.is(value, this.state)) return;
    this.state = value;
    for (const listener of [...this.listeners]) listener();
  }

  /** The shape `useSyncExternalStore` expects: subscribe, get an unsubscribe function back. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
