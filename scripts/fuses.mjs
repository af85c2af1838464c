// electron-builder's afterPack hook (electron-builder.yml): flips Electron's fuses in the packaged binary,
// before signing. Fuses are baked into the binary, so no command-line flag or environment variable of
// whoever starts the app can turn these features back on.
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** Every fuse, set on purpose (a unit test checks that none is left to Electron's default). */
export const FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // Cookies on disk are encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (--require, --inspect ...) would load code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would open a debugger port into the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar is checked against the hash embedded at build time (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded, never a loose app/ folder someone put beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // We ship no custom browser snapshot.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // file:// gets no more rights than a web page; the app is served from app://draaiboek.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default: WebAssembly bounds checks through signal handlers.
  [FuseV1Options.WasmTrapHandlers]: true,
};

/** Where electron-builder put the Electron binary of this platform's package. */
export function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  // Changing the binary breaks the ad-hoc signature of an Apple Silicon build; it is re-signed here.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === 3; // electron-builder's Arch.arm64
  await flipFuses(packagedBinary(context), { ...FUSES, resetAdHocDarwinSignature });
}
