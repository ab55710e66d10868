// Placeholder written by the lead so the build links; the pack work (issue 3) replaces it
// with the safe container reader.
import { InputError } from '../core/errors.js';
import type { LoadedInput } from '../io/load-input.js';

export async function loadContainerInput(file: string): Promise<LoadedInput> {
  throw new InputError('BELUM_DIDUKUNG', `${file}: .pmp containers cannot be read yet`, file);
}
