// The seeded fixture generator as a library: `npm run fixtures` uses it for the committed
// fixtures, and benchmarks use it for larger data.
export { createRng, hashSeed } from './prng.mjs';
export { DEFAULT_SIZES, FORMAT, GRADES, JENIS, LEVELS, makeRespondent, makeSchool, resolveSizes } from './school.mjs';
export { PROBLEMS, WARNINGS, breakAnswers, insertRespondent, problemsFor, renumber, setGradeCount } from './problems.mjs';
export { generateDistrict, slug, toJson } from './district.mjs';
export { DISTRICT, OWNED, demoSd, writeFixtures } from './fixtures.mjs';
export { REGIONS } from './data.mjs';
export { ROSTER_GRADES, makeRoster } from './roster.mjs';
