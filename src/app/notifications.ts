import type { StartupNotice } from '../contract';
import type { Message } from './message';
import { Store } from './store';

export interface OutputLine extends Message {
  time: string;
  /** Technical detail for the Output panel (an English error message), never shown as the message itself. */
  detail?: string;
}

/** A passing message, optionally with one action such as "Undo". */
export interface Toast extends Message {
  id: number;
  severity: 'info' | 'error';
  action?: { key: Message['key']; run(): void };
}

export interface NotificationsState {
  toasts: Toast[];
  output: OutputLine[];
  /** Start-up notices (a data file put aside) stay until dismissed. */
  notices: StartupNotice[];
}

const MAX_TOASTS = 5;
const MAX_OUTPUT = 500;

/** Toasts, the Output panel's lines and start-up notices: one place every part of the app reports to. */
export class NotificationService {
  readonly store = new Store<NotificationsState>({ toasts: [], output: [], notices: [] });
  private nextId = 1;

  constructor(private readonly clock: () => Date = () => new Date()) {}

  notify(message: Message & { severity?: Toast['severity']; action?: Toast['action'] }): number {
    const id = this.nextId++;
    const toast: Toast = { severity: 'info', ...message, id };
    this.store.set((state) => ({ ...state, toasts: [...state.toasts, toast].slice(-MAX_TOASTS) }));
    return id;
  }

  dismiss(id: number): void {
    this.store.set((state) => ({ ...state, toasts: state.toasts.filter((toast) => toast.id !== id) }));
  }

  log(message: Message, detail?: string): void {
    const line: OutputLine = { ...message, time: this.clock().toLocaleTimeString('nl-NL', { hour12: false }), ...(detail ? { detail } : {}) };
    this.store.set((state) => ({ ...state, output: [...state.output, line].slice(-MAX_OUTPUT) }));
  }

  /** A failure the trainer must hear of: a toast in their language, the technical detail in Output. */
  error(message: Message, detail?: string): void {
    this.log(message, detail);
    this.notify({ ...message, severity: 'error' });
  }

  setNotices(notices: StartupNotice[]): void {
    this.store.set((state) => ({ ...state, notices }));
  }

  dismissNotice(index: number): void {
    this.store.set((state) => ({ ...state, notices: state.notices.filter((_, i) => i !== index) }));
  }
}
