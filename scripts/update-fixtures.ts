/**
 * Regenerates `tests/fixtures/<slug>/expected.json` from the current pipeline.
 *
 *   npm run fixtures:update            all fixtures
 *   npm run fixtures:update -- SLUG..  only these
 *
 * Prints which files changed. Review every change as a diff against the article before
 * committing it; never edit an expected file by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, formatProjection, listFixtures, projectFixture } from '../tests/fixtures/fixture-projection';

const wanted = process.argv.slice(2);
const slugs = wanted.length > 0 ? wanted : listFixtures();
let changed = 0;
for (const slug of slugs) {
  const file = join(FIXTURES_DIR, slug, 'expected.json');
  const next = formatProjection(projectFixture(slug));
  const prev = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (prev === next) {
    console.log(`  same     ${slug}`);
    continue;
  }
  writeFileSync(file, next);
  changed++;
  console.log(`  ${prev === null ? 'new ' : 'changed'}  ${slug}`);
}
console.log(`${changed} of ${slugs.length} expected files written; review them with git diff tests/fixtures.`);
