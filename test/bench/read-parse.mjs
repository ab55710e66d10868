// Baseline for `check DISTRICT/`: the least any checker must do — walk the folder, read
// each file and JSON.parse it, one after another. Nothing is kept.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

let schools = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.json')) {
      JSON.parse(readFileSync(full, 'utf8'));
      schools++;
    }
  }
}
for (const given of process.argv.slice(2)) walk(given);
process.stdout.write(`${schools}\n`);
