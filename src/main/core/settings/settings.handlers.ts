import { LATEST_MIGRATION } from '../db/migrate';
import type { Handlers } from '../rpc/handler.types';
import { getSettings, updateSettings } from './settings.service';

declare const __APP_VERSION__: string | undefined;

export const settingsHandlers = {
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, patch) => updateSettings(ctx, patch),
  'app.info': async (ctx) => ({
    version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : (process.env.npm_package_version ?? '0.0.0'),
    dataFile: ctx.dataFile,
    schemaVersion: LATEST_MIGRATION,
    mode: ctx.mode,
  }),
} satisfies Handlers<'settings.' | 'app.'>;
