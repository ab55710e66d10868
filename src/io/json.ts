// JSON.parse with an answer an operator can act on: the line and column of the error.
import { InputError } from '../core/errors.js';
import { t } from '../i18n/index.js';

/** Deepest nesting accepted; real exports nest 5 levels. Guards against stack exhaustion. */
export const MAX_JSON_DEPTH = 64;

export function lineColumnAt(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: end - lastBreak };
}

/** Nesting depth of JSON text, ignoring brackets inside strings; stops early past `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/**
 * Offset of the first syntax error in `text`, found by a small validating scanner.
 * Only used after JSON.parse failed, because V8's message does not always carry a position.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  // Open containers, each with whether it is still empty ('{' or '[' just read).
  const stack: Array<{ kind: '{' | '['; empty: boolean }> = [];
  const value = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      stack.push({ kind: c, empty: true });
      i++;
      return true;
    }
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  ws();
  if (!value()) return i;
  for (;;) {
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? i : -1;
    const close = top.kind === '{' ? '}' : ']';
    if (text[i] === close) {
      stack.pop();
      i++;
      continue;
    }
    if (!top.empty) {
      if (text[i] !== ',') return i;
      i++;
      ws();
    }
    top.empty = false;
    if (top.kind === '{') {
      if (text[i] !== '"' || !string()) return i;
      ws();
      if (text[i] !== ':') return i;
      i++;
      ws();
    }
    if (!value()) return i;
  }
}

/**
 * JSON.parse without the depth guard or the error report: undefined when the text is
 * not JSON. For the fast path only — a caller that cannot prove the value shallow (as
 * a fast-validated export is) must fall back to parseJsonText for the real answer.
 */
export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/** Whether JSON text has a `\uD800`–`\uDFFF` escape (the only way a lone surrogate gets in). */
export function mayHoldLoneSurrogate(text: string): boolean {
  return /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/.test(text);
}

/** Throws an InputError naming the first string (or key) that is not well-formed UTF-16. */
export function refuseLoneSurrogates(value: unknown, file: string): void {
  const walk = (v: unknown, at: string): void => {
    if (typeof v === 'string') {
      if (!v.isWellFormed()) throw new InputError('TEKS_TIDAK_SAH', t('input.loneSurrogate', { file, field: at || '(root)' }), file);
    } else if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${at}[${i}]`));
    else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const field = at ? `${at}.${key}` : key;
        if (!key.isWellFormed()) throw new InputError('TEKS_TIDAK_SAH', t('input.loneSurrogate', { file, field: at || '(root)' }), file);
        walk(item, field);
      }
    }
  };
  walk(value, '');
}

export function parseJsonText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (jsonDepthExceeds(body, MAX_JSON_DEPTH)) {
    throw new InputError('JSON_TERLALU_DALAM', t('input.jsonTooDeep', { file, max: MAX_JSON_DEPTH }), file);
  }
  try {
    return JSON.parse(body);
  } catch {
    const offset = jsonErrorOffset(body);
    const where = lineColumnAt(body, offset < 0 ? body.length : offset);
    const at = `${where.line}:${where.column}`;
    const truncated = offset >= body.trimEnd().length;
    throw new InputError(
      'JSON_TIDAK_SAH',
      t(truncated ? 'input.jsonTruncated' : 'input.jsonInvalid', { file, at, line: where.line, column: where.column }),
      file,
    );
  }
}

/** Keys an object may have before they are looked up in a Set rather than a list. */
const FEW_KEYS = 12;

/**
 * The first key that appears twice in one object of `text` (valid JSON), as a path
 * ("sekolah.npsn", "responden[3].id"), or undefined. JSON.parse keeps the last of two
 * equal keys without a word, so `"aplikasi"` given twice would hide the first version
 * from the check. One pass; strings are skipped with indexOf, whitespace first of all
 * (a third of a pretty-printed export). An object's keys are kept in a list while they
 * are few (most objects have a handful) and in a Set once they are many (the answers).
 */
export function duplicateKeyPath(text: string): string | undefined {
  // Per open object: its keys so far and the key being read; per array: the index.
  const keys: Array<string[] | null> = [];
  const many: Array<Set<string> | undefined> = [];
  const names: Array<string | number> = [];
  const expectKey: boolean[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) continue;
    if (c === 34) {
      let end = text.indexOf('"', i + 1);
      for (;;) {
        let backslashes = 0;
        for (let b = end - 1; text.charCodeAt(b) === 92; b--) backslashes++;
        if (backslashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      const depth = keys.length - 1;
      const list = keys[depth];
      if (list && expectKey[depth]) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        names[depth] = key;
        let set = many[depth];
        if (set === undefined && list.length >= FEW_KEYS) many[depth] = set = new Set(list);
        if (set ? set.has(key) : list.includes(key)) {
          return names.slice(0, depth + 1).reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${k}` : k), '');
        }
        if (set) set.add(key);
        else list.push(key);
        expectKey[depth] = false;
      }
      i = end;
    } else if (c === 123) {
      keys.push([]);
      many.push(undefined);
      names.push('');
      expectKey.push(true);
    } else if (c === 91) {
      keys.push(null);
      many.push(undefined);
      names.push(0);
      expectKey.push(false);
    } else if (c === 125 || c === 93) {
      keys.pop();
      many.pop();
      names.pop();
      expectKey.pop();
    } else if (c === 44) {
      const depth = keys.length - 1;
      if (keys[depth]) expectKey[depth] = true;
      else names[depth] = (names[depth] as number) + 1;
    }
  }
  return undefined;
}
