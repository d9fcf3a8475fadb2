import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The lint configuration enforces the layers of ARCHITECTURE.md: these probes break each rule on
 * purpose, in a folder made inside src/ for the test and removed after it.
 */
describe('the lint rules that keep the layers apart', () => {
  const folder = join(ROOT, 'src', `lint-probe-${process.pid}`);
  const write = (name: string, text: string) => writeFileSync(join(folder, name), text);
  let eslint: ESLint;

  before(() => {
    mkdirSync(folder, { recursive: true });
    write('first.ts', "import { second } from './second.js';\nexport const first = (): number => second + 1;\n");
    write('second.ts', "import { first } from './first.js';\nexport const second = 1;\nexport const both = (): number => first();\n");
    write('elements.ts', "import { OatMap } from '../../components/oat-map/oat-map.js';\nexport const element = OatMap;\n");
    write('tests.ts', "import { ScriptedSource } from '../../test/browser/scripted-source.js';\nexport const source = ScriptedSource;\n");
    write('fine.ts', "import { formatNumber } from '../format/number.js';\nexport const fine = formatNumber(1, 0);\n");
    eslint = new ESLint({ cwd: ROOT });
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const messages = async (name: string) => (await eslint.lintFiles([join(folder, name)]))[0]!.messages.map((m) => `${m.ruleId}: ${m.message}`);

  it('fails on an import cycle', async () => {
    assert.deepEqual(await messages('first.ts'), ['import-x/no-cycle: Dependency cycle detected']);
    assert.deepEqual(await messages('second.ts'), ['import-x/no-cycle: Dependency cycle detected']);
  });

  it('fails when the core imports an element', async () => {
    const found = await messages('elements.ts');
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^no-restricted-imports: .*The core \(src\/\) never imports the elements \(components\/\)/);
  });

  it('fails when product code imports test code', async () => {
    const found = await messages('tests.ts');
    assert.equal(found.length, 1);
    assert.match(found[0]!, /Product code never imports tests or stories/);
  });

  it('passes an ordinary import', async () => {
    assert.deepEqual(await messages('fine.ts'), []);
  });
});
