// The unit suites share their threads (vitest.config.ts): each test starts in the
// default language, whatever a test before it set.
import { beforeEach } from 'vitest';
import { setLang } from '../../src/i18n/index.js';

beforeEach(() => {
  setLang('id');
});
