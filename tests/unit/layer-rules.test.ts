/**
 * The layer rules of the architecture are lint rules: this proves each one fires where it must and stays quiet
 * where the import is allowed.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

const importElectron = "import { app } from 'electron';\nexport const name = app.name;\n";

describe('layer rules', () => {
  it.each(['src-main/services/sample.ts', 'src-main/cli/sample.ts', 'src-shared/contract/sample.ts'])(
    'forbid electron in %s',
    async (file) => {
      const errors = await layerErrors(file, importElectron);
      expect(errors.some((m) => m.includes('may import electron'))).toBe(true);
    },
  );

  it('allow electron in the app adapters, the preload and the entry', async () => {
    for (const file of ['src-main/app/sample.ts', 'src-main/preload/sample.ts', 'src-main/index.ts']) {
      expect(await layerErrors(file, importElectron)).toEqual([]);
    }
  });

  it('keep contract/ to types only', async () => {
    expect(await layerErrors('src-shared/contract/sample.ts', 'export interface A { x: number }\n')).toEqual([]);
    const constant = await layerErrors('src-shared/contract/sample.ts', "export const CHANNEL = 'x';\n");
    expect(constant).toContain('src-shared/contract/ holds types only (layer rule).');
    const fn = await layerErrors('src-shared/contract/sample.ts', 'export function f(): number { return 1; }\n');
    expect(fn).toContain('src-shared/contract/ holds types only (layer rule).');
  });

  it('forbid electron and Node built-ins in the renderer', async () => {
    const file = 'src-renderer/src/sample.ts';
    expect((await layerErrors(file, importElectron)).join()).toMatch(/renderer never imports electron/);
    const nodeFs = await layerErrors(file, "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n");
    expect(nodeFs.join()).toMatch(/Node built-ins/);
    const bareFs = await layerErrors(file, "import { readFileSync } from 'fs';\nreadFileSync('x');\n");
    expect(bareFs.join()).toMatch(/Node built-ins/);
  });

  it('let the renderer import the contract with `import type` only', async () => {
    const file = 'src-renderer/src/sample.ts';
    const typeOnly = "import type { OffprintApi } from '../../src-shared/contract';\nexport type A = OffprintApi;\n";
    expect(await layerErrors(file, typeOnly)).toEqual([]);
    const value = "import { OffprintApi } from '../../src-shared/contract';\nexport const a = OffprintApi;\n";
    expect((await layerErrors(file, value)).join()).toMatch(/import type/);
    const services = "import { checkExternalUrl } from '../../src-main/services/external-url';\ncheckExternalUrl('x');\n";
    expect((await layerErrors(file, services)).join()).toMatch(/only through window.offprint/);
  });
});
