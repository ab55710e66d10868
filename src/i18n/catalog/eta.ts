import { defineCatalog } from '../define.js';

export const eta = defineCatalog({}, {});
