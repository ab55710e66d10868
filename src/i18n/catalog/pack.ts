import { defineCatalog } from '../define.js';

export const pack = defineCatalog({}, {});
