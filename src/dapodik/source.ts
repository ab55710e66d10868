// Where a roster comes from: the Dapodik WebService on this PC or the school's LAN (four
// GET requests, Node's own fetch), or a folder of the same four answers saved earlier
// (`plan --save`). Either way every answer goes through parseAnswer (./schema.ts).
// The token is sent in the Authorization header and nowhere else: no message, error,
// or file this module makes contains it.
import { lstat } from 'node:fs/promises';
import { makeFolder } from '../io/folder.js';
import path from 'node:path';
import { InputError, OutputError, PmpError, UsageError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { writeReplacingOurs } from '../output/write.js';
import { describeFsError, decodeText, readBytes } from '../io/read-text.js';
import { writeReason } from '../output/write-reason.js';
import type { SchoolLevel } from '../domain/respondent-types.js';
import { DAPODIK_PORT, DEFAULT_TIMEOUT_S, TOKEN_ENV } from './constants.js';
import { ENDPOINTS, levelOf, parseAnswer, type Answers, type Endpoint } from './schema.js';

/** Largest answer read (a 10,000-student school's getPesertaDidik is ~20 MiB). */
const MAX_ANSWER_BYTES = 256 * 1024 * 1024;
/** Largest token file read: a token is some dozens of characters. */
const MAX_TOKEN_BYTES = 4096;

export interface ServerSource {
  kind: 'dapodik';
  /** scheme://host:port only: no path, query or credentials. */
  origin: string;
  npsn: string;
  token: string;
  timeoutMs: number;
}

export interface FolderSource {
  kind: 'folder';
  dir: string;
}

export type RosterSource = ServerSource | FolderSource;

export interface LoadedRoster {
  answers: Answers;
  /** The bodies as received, for --save. */
  raw: Record<Endpoint, string>;
  /** Where it came from, as shown to the user: the address, or the folder. */
  alamat: string;
}

/** A host this tool may talk to: this PC or the LAN (never the internet). */
function isLocalHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1') return true;
  if (/^[a-z0-9-]+$/.test(h) && !/^\d+$/.test(h)) return true; // a PC's name on the LAN
  if (/\.(local|lan|home|internal)$/.test(h)) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  return /^f[cd][0-9a-f]{2}:|^fe80:/.test(h);
}

/** `--dapodik` as given ("localhost", "192.168.1.5:5774", "http://pc-tu:5774/WebService") to an origin. */
export function parseDapodikAddress(value: string): string {
  const given = value.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(given) ? given : `http://${given}`);
  } catch {
    throw new UsageError('ALAMAT_DAPODIK_TIDAK_SAH', t('dapodik.err.address', { value: given.replace(/\/\/[^@/]*@/, '//…@') }));
  }
  if (url.username !== '' || url.password !== '') throw new UsageError('ALAMAT_DAPODIK_TIDAK_SAH', t('dapodik.err.credentials'));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError('ALAMAT_DAPODIK_TIDAK_SAH', t('dapodik.err.address', { value: given }));
  if (!isLocalHost(url.hostname)) throw new UsageError('ALAMAT_DAPODIK_BUKAN_LOKAL', t('dapodik.err.notLocal', { host: url.hostname }));
  return `${url.protocol}//${url.hostname.includes(':') && !url.hostname.startsWith('[') ? `[${url.hostname}]` : url.hostname}:${url.port || DAPODIK_PORT}`;
}

/** A token may hold only visible ASCII: anything else would make fetch echo it in an error. */
export function checkToken(token: string, from: string): string {
  const value = token.trim();
  if (value === '') throw new UsageError('TOKEN_KOSONG', t('dapodik.err.tokenEmpty', { from }));
  if (!/^[\x21-\x7e]+$/.test(value)) throw new UsageError('TOKEN_TIDAK_SAH', t('dapodik.err.tokenChars', { from }));
  return value;
}

function causeCode(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: unknown; cause?: { code?: unknown } } } | undefined)?.cause;
  const code = cause?.code ?? cause?.cause?.code ?? (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The system call an error of the network stack names (`connect`, `setKeepAlive`, …). */
function socketCall(err: unknown): unknown {
  const cause = (err as { cause?: { syscall?: unknown; cause?: { syscall?: unknown } } } | undefined)?.cause;
  return cause?.syscall ?? cause?.cause?.syscall;
}

const RESET = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

function networkError(err: unknown, source: ServerSource, where: string): InputError {
  const name = (err as { name?: unknown } | undefined)?.name;
  const code = causeCode(err);
  const host = source.origin;
  if (name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new InputError('DAPODIK_WAKTU_HABIS', t('dapodik.err.timeout', { where, seconds: source.timeoutMs / 1000 }), where);
  }
  if (code === 'ECONNREFUSED') return new InputError('DAPODIK_TIDAK_MENJAWAB', t('dapodik.err.refused', { host }), where);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new InputError('DAPODIK_ALAMAT_TIDAK_DIKENAL', t('dapodik.err.unknownHost', { host }), where);
  if (code !== undefined && RESET.has(code)) return new InputError('DAPODIK_PUTUS', t('dapodik.err.reset', { where }), where);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ETIMEDOUT') {
    return new InputError('DAPODIK_TIDAK_TERJANGKAU', t('dapodik.err.unreachable', { host }), where);
  }
  // Any other error of the system's socket calls (it names its call): the link was never
  // made, whatever made it fail (a firewall, an antivirus, the system's network stack).
  if (code !== undefined && typeof socketCall(err) === 'string') {
    return new InputError('DAPODIK_TIDAK_TERHUBUNG', t('dapodik.err.noLink', { host, detail: code }), where);
  }
  // Something answered that does not speak HTTP (a wrong port) or broke the protocol.
  const cause = (err as { cause?: { message?: unknown } } | undefined)?.cause?.message;
  const detail = code ?? (typeof cause === 'string' ? cause.slice(0, 80) : String(name ?? 'error'));
  return new InputError('DAPODIK_BUKAN_WEBSERVICE', t('dapodik.err.notWebService', { host, detail }), where);
}

function tooBig(where: string): InputError {
  return new InputError('DAPODIK_JAWABAN_TERLALU_BESAR', t('dapodik.err.tooBig', { where }), where);
}

/**
 * The body, streamed and counted as it is decoded (fetch undoes gzip and deflate), so
 * an endless body or a compression bomb stops at MAX_ANSWER_BYTES of text instead of
 * filling memory first. Each read also races the deadline itself: once the headers are
 * in, Node 20's fetch may lose the link from its signal to the body to garbage
 * collection, and a body that stalls would then never end.
 */
async function readBody(response: Response, where: string, deadline: AbortSignal): Promise<Buffer> {
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_ANSWER_BYTES) {
    await response.body?.cancel().catch(() => {});
    throw tooBig(where);
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(deadline.reason);
    if (deadline.aborted) onAbort();
    else deadline.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => {});
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      size += value.byteLength;
      if (size > MAX_ANSWER_BYTES) throw tooBig(where);
      chunks.push(value);
    }
  } catch (err) {
    reader.cancel().catch(() => {});
    throw err;
  } finally {
    deadline.removeEventListener('abort', onAbort);
  }
  return Buffer.concat(chunks, size);
}

/**
 * The token as a server might send it back (as it is, escaped in JSON, or URL-encoded),
 * replaced wherever it appears: a server that echoes the request's headers must not put
 * the token into a saved answer, a printed plan or a message.
 */
function redactToken(text: string, token: string): string {
  let out = text;
  for (const form of new Set([token, JSON.stringify(token).slice(1, -1), encodeURIComponent(token)])) {
    if (form !== '') out = out.split(form).join(REDACTED);
  }
  return out;
}
const REDACTED = '[token]';

/**
 * A signal that fires after `ms` or when `stop` fires, and a function to release it.
 * A plain timer, not AbortSignal.timeout: on Node 20 a timeout signal combined with
 * AbortSignal.any can lose its timer to garbage collection and never fire.
 */
function deadline(ms: number, stop: AbortSignal): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError')), ms);
  const onStop = () => controller.abort(stop.reason);
  if (stop.aborted) onStop();
  else stop.addEventListener('abort', onStop, { once: true });
  return {
    signal: controller.signal,
    release: () => {
      clearTimeout(timer);
      stop.removeEventListener('abort', onStop);
    },
  };
}

/** Where an answer comes from, as every message names it: the endpoint's address, or the saved file. */
function whereOf(source: RosterSource, endpoint: Endpoint): string {
  return source.kind === 'dapodik' ? `${source.origin}/WebService/${endpoint}` : savedFile(source.dir, endpoint);
}

/**
 * One endpoint's body: a deadline per request that covers the whole answer (headers and
 * body), one retry on a reset, none on a refusal. The token is taken out of the body
 * before anything reads it.
 */
async function request(source: ServerSource, endpoint: Endpoint, stop: AbortSignal): Promise<string> {
  const where = whereOf(source, endpoint);
  const url = `${where}?npsn=${encodeURIComponent(source.npsn)}`;
  for (let attempt = 0; ; attempt++) {
    const limit = deadline(source.timeoutMs, stop);
    try {
      const response = await fetch(url, {
        headers: { Authorization: `Bearer ${source.token}`, Accept: 'application/json, text/html;q=0.5, */*;q=0.1' },
        signal: limit.signal,
        redirect: 'error',
      });
      const body = redactToken(decodeText(await readBody(response, where, limit.signal), where), source.token);
      if (response.status === 401 || response.status === 403) throw new InputError('DAPODIK_TOKEN_DITOLAK', t('dapodik.err.token', { where }), where);
      if (response.status === 404) throw new InputError('DAPODIK_BUKAN_WEBSERVICE', t('dapodik.err.notFound', { where }), where);
      if (!response.ok) {
        parseAnswer(endpoint, body, where); // a refusal text says more than the status
        throw new InputError('DAPODIK_HTTP', t('dapodik.err.status', { where, status: response.status }), where);
      }
      return body;
    } catch (err) {
      if (err instanceof PmpError) throw err;
      const code = causeCode(err);
      if (attempt === 0 && code !== undefined && RESET.has(code)) continue;
      throw networkError(err, source, where);
    } finally {
      limit.release();
    }
  }
}

async function fromServer(source: ServerSource, interrupt?: AbortSignal): Promise<LoadedRoster> {
  // The four requests run together; the first failure is the one reported, and the
  // others are called off rather than left to run out their time. A signal (Ctrl-C)
  // calls them all off at once; the entry point reports it (exit 130 / 143).
  const stop = new AbortController();
  const onInterrupt = () => stop.abort(interrupt?.reason);
  if (interrupt?.aborted) onInterrupt();
  interrupt?.addEventListener('abort', onInterrupt, { once: true });
  let bodies: string[];
  try {
    bodies = await Promise.all(
      ENDPOINTS.map((endpoint) =>
        request(source, endpoint, stop.signal).catch((err: unknown) => {
          stop.abort();
          throw err;
        }),
      ),
    );
  } finally {
    interrupt?.removeEventListener('abort', onInterrupt);
  }
  const raw = Object.fromEntries(ENDPOINTS.map((endpoint, i) => [endpoint, bodies[i] as string])) as Record<Endpoint, string>;
  return { answers: parseAll(raw, (endpoint) => whereOf(source, endpoint)), raw, alamat: source.origin };
}

/** The file a saved answer lives in. */
export function savedFile(dir: string, endpoint: Endpoint): string {
  return path.join(dir, `${endpoint}.json`);
}

async function fromFolder(source: FolderSource): Promise<LoadedRoster> {
  const stat = await lstat(source.dir).catch((err: unknown) => {
    throw describeFsError(err, source.dir);
  });
  if (!stat.isDirectory()) throw new InputError('BUKAN_FOLDER_DAPODIK', t('dapodik.err.notFolder', { dir: source.dir }), source.dir);
  const raw = {} as Record<Endpoint, string>;
  for (const endpoint of ENDPOINTS) {
    const file = savedFile(source.dir, endpoint);
    let bytes: Buffer;
    try {
      bytes = readBytes(file, MAX_ANSWER_BYTES, { tooLarge: () => tooBig(file) });
    } catch (err) {
      if ((err as InputError).kode === 'BERKAS_TIDAK_ADA')
        throw new InputError('JAWABAN_DAPODIK_TIDAK_ADA', t('dapodik.err.missingFile', { file, dir: source.dir }), file);
      throw err;
    }
    raw[endpoint] = decodeText(bytes, file);
  }
  return { answers: parseAll(raw, (endpoint) => whereOf(source, endpoint)), raw, alamat: source.dir };
}

function parseAll(raw: Record<Endpoint, string>, where: (endpoint: Endpoint) => string): Answers {
  return {
    getSekolah: parseAnswer('getSekolah', raw.getSekolah, where('getSekolah')),
    getGtk: parseAnswer('getGtk', raw.getGtk, where('getGtk')),
    getPesertaDidik: parseAnswer('getPesertaDidik', raw.getPesertaDidik, where('getPesertaDidik')),
    getRombonganBelajar: parseAnswer('getRombonganBelajar', raw.getRombonganBelajar, where('getRombonganBelajar')),
  };
}

/**
 * The roster from `source`, for a school PMP surveys. From a server, the answer must be
 * the school asked for.
 */
export async function loadRoster(source: RosterSource, interrupt?: AbortSignal): Promise<LoadedRoster & { level: SchoolLevel }> {
  const roster = source.kind === 'dapodik' ? await fromServer(source, interrupt) : await fromFolder(source);
  const s = roster.answers.getSekolah;
  const where = whereOf(source, 'getSekolah');
  if (source.kind === 'dapodik' && s.npsn !== source.npsn) {
    throw new InputError('DAPODIK_SEKOLAH_LAIN', t('dapodik.err.otherSchool', { where, found: s.npsn, npsn: source.npsn }), where);
  }
  const level = levelOf(s.bentuk_pendidikan_id_str);
  if (!level) throw new InputError('JENJANG_TIDAK_DIDUKUNG', t('dapodik.err.level', { where, bentuk: s.bentuk_pendidikan_id_str }), where);
  return { ...roster, level };
}

export interface ServerOptions {
  address: string;
  npsn: string;
  env: NodeJS.ProcessEnv;
  tokenFile?: string;
  timeoutMs?: number;
}

/** The token: from --token-file if given, else DAPODIK_TOKEN; never from a flag. */
export async function resolveToken(env: NodeJS.ProcessEnv, tokenFile: string | undefined): Promise<string> {
  if (tokenFile !== undefined) {
    // A token is some dozens of characters: anything past 4 KiB is not a token file.
    const bytes = readBytes(tokenFile, MAX_TOKEN_BYTES, {
      tooLarge: () => new InputError('TOKEN_TIDAK_SAH', t('dapodik.err.tokenChars', { from: tokenFile }), tokenFile),
    });
    return checkToken(decodeText(bytes, tokenFile), tokenFile);
  }
  const fromEnv = env[TOKEN_ENV];
  if (fromEnv === undefined || fromEnv.trim() === '') throw new UsageError('TOKEN_TIDAK_ADA', t('plan.err.noToken'));
  return checkToken(fromEnv, TOKEN_ENV);
}

export async function serverSource(options: ServerOptions): Promise<ServerSource> {
  const origin = parseDapodikAddress(options.address);
  const token = await resolveToken(options.env, options.tokenFile);
  return { kind: 'dapodik', origin, npsn: options.npsn, token, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_S * 1000 };
}

/**
 * Writes the four answers into `dir` (made if missing), each atomically. Answers saved
 * there before for the same school are replaced; another school's, a link or a folder in
 * the way is left alone: exit 4, one line.
 */
export async function saveRoster(dir: string, roster: LoadedRoster): Promise<void> {
  try {
    await makeFolder(dir);
  } catch (err) {
    throw new OutputError('SIMPAN_DAPODIK_GAGAL', t('dapodik.err.save', { file: dir, reason: writeReason(err) }), dir);
  }
  const npsn = roster.answers.getSekolah.npsn;
  let previous: string | undefined;
  try {
    previous = readBytes(savedFile(dir, 'getSekolah'), MAX_ANSWER_BYTES).toString('utf8');
  } catch {
    previous = undefined;
  }
  if (previous !== undefined) {
    let other: string | undefined;
    try {
      other = parseAnswer('getSekolah', previous, savedFile(dir, 'getSekolah')).npsn;
    } catch {
      other = '?';
    }
    if (other !== npsn) throw new OutputError('SIMPAN_DAPODIK_SEKOLAH_LAIN', t('dapodik.err.saveOther', { dir, npsn: other }), dir);
  }
  // The same school's answers saved earlier are ours to replace (checked above); a link,
  // a folder or a device in the way is not.
  for (const endpoint of ENDPOINTS) {
    await writeReplacingOurs(savedFile(dir, endpoint), roster.raw[endpoint], async () => true, {
      exists: { kode: 'SIMPAN_DAPODIK_GAGAL', key: 'output.notPlainFile' },
      write: { kode: 'SIMPAN_DAPODIK_GAGAL', key: 'dapodik.err.save' },
    });
  }
}
