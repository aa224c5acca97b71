/** Server facts, logging, and what the plugin publishes to clients (recorded, never sent anywhere). */
import { GobInterface, type GobStruct, type GobValue } from '../bridge/gob/types.ts';
import type { FakeStore } from './fake-store.ts';
import { str, type FakeMethods } from './fake-values.ts';

const INSTALL_DATE = 1_767_225_600_000n; // 2026-01-01T00:00:00Z

export function serverApi(s: FakeStore): FakeMethods {
  const log =
    (level: string) =>
    (a: GobStruct): GobStruct => {
      const pairs = ((a.B ?? []) as GobValue[]).map((v) => (v instanceof GobInterface ? v.value : v));
      const fields: Record<string, unknown> = {};
      for (let i = 0; i + 1 < pairs.length; i += 2) fields[String(pairs[i])] = pairs[i + 1];
      s.logs.push({ level, msg: str(a.A), fields });
      return {};
    };

  return {
    GetServerVersion: () => ({ A: s.serverVersion }),
    GetBundlePath: () => ({ A: s.bundlePath }),
    GetLicense: () => ({}), // no license: a Team Edition server
    IsEnterpriseReady: () => ({ A: false }),
    GetDiagnosticId: () => ({ A: 'emulatordiagnosticid000000' }),
    GetTelemetryId: () => ({ A: 'emulatordiagnosticid000000' }),
    GetSystemInstallDate: () => ({ A: INSTALL_DATE }),

    LogDebug: log('debug'),
    LogInfo: log('info'),
    LogWarn: log('warn'),
    LogError: log('error'),

    PublishWebSocketEvent: (a) => {
      s.websocketEvents.push({ event: str(a.A), payload: a.B ?? new Map(), broadcast: a.C ?? null });
      return {};
    },

    PublishUserTyping: (a) => {
      s.userTyping.push({ userId: str(a.A), channelId: str(a.B), parentId: str(a.C) });
      return {};
    },
  };
}
