import { defineCatalog } from '../define.js';

export const check = defineCatalog({}, {});
