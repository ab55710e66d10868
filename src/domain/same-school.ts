// One school is one school: when a batch holds two files of the same sekolah_id (an old
// export and a re-export, an export and the container made from it), one of them counts
// and is the one to send. Pure: the files' times in, the choice out.

/** When a school file's data was made: the export's `diekspor`, else the container's creation. */
export interface SchoolFileTime {
  diekspor?: string;
  dibuat?: string;
}

function instantOf(time: SchoolFileTime): number | undefined {
  const text = time.diekspor ?? time.dibuat;
  const ms = text === undefined ? NaN : Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Whether `later` (met after `earlier`: later in the batch, or packed now beside a
 * container already in the output folder) replaces it: when its data is newer. Data of
 * the same instant (an export and the container made from it) keeps the earlier; a file
 * that does not say when it was exported is taken as the operator's latest word when it
 * comes later.
 */
export function replacesEarlier(earlier: SchoolFileTime, later: SchoolFileTime): boolean {
  const a = instantOf(earlier);
  const b = instantOf(later);
  return a === undefined || b === undefined || b > a;
}
