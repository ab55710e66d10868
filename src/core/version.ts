// The program's version, set at build time by esbuild's `define` (package.json).
declare const __PMP_OFFLINE_VERSION__: string;
export const VERSION: string = typeof __PMP_OFFLINE_VERSION__ === 'string' ? __PMP_OFFLINE_VERSION__ : '0.0.0-dev';
