import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import afterPack, { FUSES, packagedBinary, type AfterPackContext } from '../../scripts/fuses.mjs';
import { makeTempDir, removeDir } from './fixtures';

// The packaged app's fuses: the configuration itself, the hook that electron-builder runs, and the wire read
// back from a binary the hook changed.
const expected: Record<string, boolean> = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  GrantFileProtocolExtraPrivileges: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  EnableCookieEncryption: true,
};
const fuseNames = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key))) as (keyof typeof FuseV1Options)[];
const fuse = (name: string) => FuseV1Options[name as keyof typeof FuseV1Options];
const wireState = (on: boolean) => (on ? FuseState.ENABLE : FuseState.DISABLE);

describe('fuse configuration', () => {
  it.each(Object.entries(expected))('sets %s to %s', (name, on) => {
    expect((FUSES as unknown as Record<number, boolean>)[fuse(name)]).toBe(on);
  });

  it('decides every fuse this @electron/fuses knows, leaving none to the default', () => {
    const config = FUSES as unknown as Record<number, unknown>;
    expect(fuseNames.filter((name) => typeof config[FuseV1Options[name]] !== 'boolean')).toEqual([]);
  });

  it('is what electron-builder runs after packing, with no second fuse setting beside it', async () => {
    const yml = await readFile('electron-builder.yml', 'utf8');
    expect(yml).toMatch(/^afterPack: \.\/scripts\/fuses\.mjs$/m);
    expect(yml).not.toMatch(/electronFuses/);
  });
});

/** A stand-in binary: some bytes, Electron's fuse sentinel, wire version 1, and every fuse still at "1". */
async function fakeElectron(path: string, wireLength: number): Promise<void> {
  const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
  const wire = Buffer.alloc(wireLength, FuseState.ENABLE);
  await writeFile(path, Buffer.concat([Buffer.alloc(4096, 0x90), sentinel, Buffer.from([1, wireLength]), wire, Buffer.alloc(4096, 0x90)]));
}

function context(appOutDir: string, electronPlatformName: string): AfterPackContext {
  return { appOutDir, electronPlatformName, arch: 1, packager: { appInfo: { productFilename: 'Draaiboek' }, executableName: 'draaiboek' } };
}

describe('afterPack hook', () => {
  let dir: string;
  beforeEach(async () => void (dir = await makeTempDir()));
  afterEach(() => removeDir(dir));

  it('finds the binary of each platform where electron-builder puts it', () => {
    expect(packagedBinary(context('/out/linux-unpacked', 'linux'))).toBe('/out/linux-unpacked/draaiboek');
    expect(packagedBinary(context('/out/win-unpacked', 'win32'))).toBe('/out/win-unpacked/Draaiboek.exe');
    expect(packagedBinary(context('/out/mac', 'darwin'))).toBe('/out/mac/Draaiboek.app');
  });

  it('flips the fuses of the packed Linux binary, as read back by getCurrentFuseWire', async () => {
    await fakeElectron(join(dir, 'draaiboek'), fuseNames.length);
    await afterPack(context(dir, 'linux'));
    const wire = await getCurrentFuseWire(join(dir, 'draaiboek'));
    for (const [name, on] of Object.entries(expected)) expect([name, wire[fuse(name)]]).toEqual([name, wireState(on)]);
  });

  it('flips the fuses inside a macOS app bundle', async () => {
    const framework = join(dir, 'Draaiboek.app', 'Contents', 'Frameworks', 'Electron Framework.framework');
    await mkdir(framework, { recursive: true });
    await fakeElectron(join(framework, 'Electron Framework'), fuseNames.length);
    await afterPack(context(dir, 'darwin'));
    const wire = await getCurrentFuseWire(join(dir, 'Draaiboek.app'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
  });
});

// The real binary is there only when Electron's install step could download it (not on this project's
// machines, which reach no download host); then the same hook is tried on a copy of it.
const installed = join('node_modules', 'electron', 'dist', process.platform === 'win32' ? 'electron.exe' : 'electron');
const realBinaryTest = existsSync(installed)
  ? 'flips the fuses of a copy of the installed Electron binary'
  : `flips the fuses of a copy of the installed Electron binary (skipped: ${installed} is absent, Electron's install step could not download it)`;

describe('the installed Electron binary', () => {
  it.skipIf(!existsSync(installed))(realBinaryTest, async () => {
    const dir = await makeTempDir();
    try {
      await copyFile(installed, join(dir, 'draaiboek'));
      await afterPack(context(dir, 'linux'));
      const wire = await getCurrentFuseWire(join(dir, 'draaiboek'));
      for (const [name, on] of Object.entries(expected)) expect([name, wire[fuse(name)]]).toEqual([name, wireState(on)]);
    } finally {
      await removeDir(dir);
    }
  });
});
