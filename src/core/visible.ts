// Text from outside the program (names and ids from a school's data, file names) may
// hold control characters: an ESC sequence would retitle or clear the operator's
// terminal, a newline would break a report's layout. Such characters are shown as
// escapes instead. Plain text (and every non-ASCII letter) is untouched.

// C0 controls, DEL, C1 controls, and the line/paragraph separators and bidi overrides
// that reorder or break a line on screen.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  if (code === 0x09) return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character written as a visible escape (`\x1b`, `\n`). */
export function visible(text: string): string {
  return text.replace(CONTROL, escape);
}

/** Whether `text` holds a control character (identifiers and versions must not). */
export function hasControl(text: string): boolean {
  CONTROL.lastIndex = 0;
  const found = CONTROL.test(text);
  CONTROL.lastIndex = 0;
  return found;
}
