import type { FuseV1Config } from '@electron/fuses';

export const FUSES: FuseV1Config;
export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
export function packagedBinary(context: AfterPackContext): string;
export default function afterPack(context: AfterPackContext): Promise<void>;
