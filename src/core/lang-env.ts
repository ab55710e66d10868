// The language asked for by the environment, before any `--lang`: one rule for the tiny
// entry (`--version`), the eta fast path and the full program. No imports, so the tiny
// entry stays tiny.

/** PMP_OFFLINE_LANG (trimmed), or Indonesian; not yet checked to be a known language. */
export function langFromEnv(env: NodeJS.ProcessEnv): string {
  return env.PMP_OFFLINE_LANG?.trim() || 'id';
}
