import { z } from 'zod';
import { CATALOGS, type MessageKey, type Translate } from '../core';

/**
 * Every way a host call can fail, as a closed list. Services throw an AppError with one of these codes,
 * the envelope carries it to the UI, and the UI (or the CLI) shows `error.<code>` in the trainer's
 * language. The English `message` is the technical detail, for the Output panel and logs.
 */
export const ERROR_CODES = [
  'file-not-found',
  'folder-not-found',
  'is-a-folder',
  'file-exists',
  'file-busy',
  'name-too-long',
  'permission-denied',
  'disk-full',
  'read-only-file-system',
  'file-too-large',
  'wrong-extension',
  'not-a-curriculum',
  'built-in-card-read-only',
  'store-read-only',
  'team-folder-read-only',
  'git-failed',
  'git-missing',
  'export-failed',
  'export-timeout',
  'export-cancelled',
  'chromium-not-found',
  'chromium-not-chromium',
  'setting-not-writable',
  'path-not-allowed',
  'bad-input',
  'unknown-method',
  'unexpected',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** What the message names: file, folder, detail, method, … Plain values, so they survive JSON. */
export const ErrorParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type ErrorParams = z.infer<typeof ErrorParams>;

/** The error half of the envelope: code and params for the trainer, message (English) for logs. */
export const HostError = z.object({ code: ErrorCode, params: ErrorParams.default({}), message: z.string() });
export type HostError = z.infer<typeof HostError>;

/** The message key of a code; the compiler checks that each one is in the catalogs. */
export type ErrorMessageKey = `error.${ErrorCode}`;
export function errorMessageKey(code: ErrorCode): ErrorMessageKey & MessageKey {
  return `error.${code}`;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    /** English, technical: what went wrong, for logs. Defaults to the code and its params. */
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? englishDetail(code, params), options);
  }

  /** The envelope's form of this error. */
  toHostError(): HostError {
    return { code: this.code, params: { ...this.params }, message: this.message };
  }
}

function englishDetail(code: ErrorCode, params: ErrorParams): string {
  const shown = Object.entries(params).map(([key, value]) => `${key}=${String(value)}`);
  return shown.length > 0 ? `${code} (${shown.join(', ')})` : code;
}

/** True for an AppError, also one made in another realm or bundle (checked by shape, not by class). */
export function isAppError(value: unknown): value is AppError {
  if (value instanceof AppError) return true;
  if (!(value instanceof Error)) return false;
  const candidate = value as Partial<AppError>;
  return ErrorCode.safeParse(candidate.code).success && ErrorParams.safeParse(candidate.params).success;
}

/** Node's errno codes as error codes. Where the errno means "the folder", the path's folder is named. */
const ERRNO_CODES: Record<string, { code: ErrorCode; names: 'file' | 'folder' | 'parent' }> = {
  ENOENT: { code: 'file-not-found', names: 'file' },
  ENOTDIR: { code: 'folder-not-found', names: 'parent' },
  EISDIR: { code: 'is-a-folder', names: 'file' },
  EEXIST: { code: 'file-exists', names: 'file' },
  ENOTEMPTY: { code: 'file-exists', names: 'file' },
  EBUSY: { code: 'file-busy', names: 'file' },
  ETXTBSY: { code: 'file-busy', names: 'file' },
  ENAMETOOLONG: { code: 'name-too-long', names: 'file' },
  EACCES: { code: 'permission-denied', names: 'file' },
  EPERM: { code: 'permission-denied', names: 'file' },
  ENOSPC: { code: 'disk-full', names: 'file' },
  EDQUOT: { code: 'disk-full', names: 'file' },
  EROFS: { code: 'read-only-file-system', names: 'file' },
  EFBIG: { code: 'file-too-large', names: 'file' },
};

/** The folder a path is in, for either kind of separator (the contract runs without node:path). */
export function parentFolder(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return cut <= 0 ? trimmed.slice(0, cut + 1) || trimmed : trimmed.slice(0, cut);
}

/**
 * Any thrown value as an AppError. An AppError stays itself (the given params only fill gaps); a Node
 * errno error gets its code and keeps its path (the given params win, e.g. the target file instead of a
 * temporary one); anything else is 'unexpected' with the original message in params.detail.
 */
export function toAppError(error: unknown, params: ErrorParams = {}): AppError {
  if (isAppError(error)) {
    const missing = Object.entries(params).filter(([key]) => !(key in error.params));
    return missing.length === 0 ? error : new AppError(error.code, { ...error.params, ...Object.fromEntries(missing) }, error.message, { cause: error });
  }
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : safeString(error);
  const errno = typeof error === 'object' && error !== null ? (error as { code?: unknown; path?: unknown; dest?: unknown }) : {};
  const mapped = typeof errno.code === 'string' ? ERRNO_CODES[errno.code] : undefined;
  if (mapped) {
    const path = typeof errno.path === 'string' ? errno.path : undefined;
    const named: ErrorParams = path === undefined ? {} : mapped.names === 'parent' ? { folder: parentFolder(path), file: path } : { [mapped.names]: path };
    return new AppError(mapped.code, { ...named, errno: errno.code as string, ...params }, message, { cause: error });
  }
  return new AppError('unexpected', { detail: message, ...params }, message, { cause: error });
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return 'unknown error';
  }
}

/** The AppError an envelope's error stands for; an envelope that does not fit the shape is 'unexpected'. */
export function appErrorFromHost(error: unknown, Class: new (code: ErrorCode, params: ErrorParams, message: string) => AppError = AppError): AppError {
  const parsed = HostError.safeParse(error);
  if (parsed.success) return new Class(parsed.data.code, parsed.data.params, parsed.data.message);
  const message = typeof (error as { message?: unknown } | null)?.message === 'string' ? (error as { message: string }).message : safeString(JSON.stringify(error));
  return new Class('unexpected', { detail: message }, message);
}

export interface ErrorDescription {
  code: ErrorCode;
  /** The catalog key and params, for places that translate at render time (toasts, the Output panel). */
  key: ErrorMessageKey & MessageKey;
  params: ErrorParams;
  /** Translated: what happened and what the trainer can do. */
  message: string;
  /** English, technical: for the Output panel and logs. */
  detail: string;
}

/** A placeholder the params do not fill shows as this, never as `{file}`. */
const MISSING = '…';

/**
 * The catalog key and params for any thrown value, for places that translate later (a toast, the Output
 * panel), plus the English detail. Every placeholder of the message is filled.
 */
export function errorMessage(error: unknown): Omit<ErrorDescription, 'message'> {
  const appError = toAppError(error);
  const key = errorMessageKey(appError.code);
  // Both catalogs have the same placeholders (a test checks), so the English text lists them.
  const names = [...CATALOGS.en[key].matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const params = { ...Object.fromEntries(names.map((name) => [name, MISSING])), ...appError.params };
  return { code: appError.code, key, params, detail: appError.message };
}

/** What to tell the trainer about any thrown value, in the language of `t`. Pure: no React, no Node. */
export function describeError(error: unknown, t: Translate): ErrorDescription {
  const described = errorMessage(error);
  return { ...described, message: t(described.key, described.params) };
}
