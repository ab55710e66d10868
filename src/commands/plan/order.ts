// What every part of the plan chooses with: who is a teacher or the principal, the stable
// order people are taken in (a hash of the school's id and theirs, not the alphabet),
// rombels in the order a school writes them, and the plan's common pieces.
import type { RespondentType, Role } from '../../domain/respondent-types.js';
import type { TypeRule } from '../../domain/ruleset.js';
import type { GtkRow } from '../../dapodik/schema.js';
import type { PlanProblem, TypePlan } from './types.js';

export const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
export const isPrincipal = (g: GtkRow) => norm(g.jenis_ptk_id_str) === 'kepala sekolah';
/** Guru Kelas, Guru Mapel, Guru BK, Guru Pendamping…; not Tenaga Administrasi, not the principal. */
export const isTeacher = (g: GtkRow) => norm(g.jenis_ptk_id_str).startsWith('guru');
export const RELIGION = /agama|budi pekerti/i;
export const PJOK = /jasmani|olah ?raga|pjok/i;

/** FNV-1a: a stable, well-spread order key for a person in a school. */
function orderKey(seed: string, id: string): number {
  let hash = 0x811c9dc5;
  const text = `${seed}\u0000${id}`;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function ordered<T>(items: readonly T[], seed: string, idOf: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ item, key: orderKey(seed, idOf(item)), id: idOf(item) }));
  keyed.sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((k) => k.item);
}

const collator = new Intl.Collator('id', { numeric: true });
/** Rombel names in the order a school writes them: 4A, 4B, …, 10A before 11A. */
export const byName = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** Yields one item from each list in turn, until all are used up. */
export function* roundRobin<T>(lists: readonly (readonly T[])[]): Generator<T> {
  const cursors = lists.map(() => 0);
  for (let any = true; any; ) {
    any = false;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i] as readonly T[];
      const at = cursors[i] as number;
      if (at < list.length) {
        any = true;
        cursors[i] = at + 1;
        yield list[at] as T;
      }
    }
  }
}

export function take<T>(source: Iterator<T>, count: number, accept: (item: T) => boolean): T[] {
  const out: T[] = [];
  while (out.length < count) {
    const next = source.next();
    if (next.done) break;
    if (accept(next.value)) out.push(next.value);
  }
  return out;
}

export function shortfall(jenis: RespondentType, ada: number, dibutuhkan: number, extra: { tingkat?: number; peran?: Role } = {}): PlanProblem {
  return { kode: 'DAPODIK_KURANG', jenis, ...extra, detail: { ada, dibutuhkan } };
}

export function emptyType(jenis: RespondentType, rule: TypeRule, sumber: TypePlan['sumber']): TypePlan {
  return {
    jenis,
    sumber,
    minimum: rule.minimum,
    ...(rule.saran !== undefined ? { saran: rule.saran } : {}),
    dipilih: [],
    isian: [],
    masalah: [],
    peringatan: [],
  };
}
