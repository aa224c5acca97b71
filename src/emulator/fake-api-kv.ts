/**
 * The plugin's KV store with the server's semantics (app/plugin_key_value_store.go and the SQL
 * plugin store): a nil or empty value deletes; atomic sets compare against the current value (an
 * unset old value means "only if the key does not exist"); expired keys read as missing; KVList
 * pages through the live keys in key order.
 */
import type { GobStruct } from '../bridge/gob/types.ts';
import { badRequest } from './fake-errors.ts';
import type { FakeStore } from './fake-store.ts';
import { bytes, int, page, sameBytes, str, struct, type FakeMethods } from './fake-values.ts';

/** model.KeyValueKeyMaxRunes */
const KEY_MAX_RUNES = 150;

export function kvApi(s: FakeStore): FakeMethods {
  const key = (where: string, k: string): string => {
    if (k === '' || [...k].length > KEY_MAX_RUNES)
      throw badRequest(
        where,
        'model.plugin_key_value.is_valid.key.app_error',
        `Invalid key, must be between 1 and ${KEY_MAX_RUNES} characters.`,
        `key=${k}`,
      );
    return k;
  };

  /** SetPluginKeyWithOptions: returns whether the value was written (or deleted). */
  const setWithOptions = (where: string, k: string, value: Uint8Array | undefined, o: GobStruct): boolean => {
    key(where, k);
    const old = bytes(o.OldValue);
    if (!o.Atomic && old)
      throw badRequest(
        where,
        'model.plugin_kvset_options.is_valid.old_value.app_error',
        "Invalid old value, it shouldn't be set when the operation is not atomic.",
      );
    const expire = int(o.ExpireInSeconds);
    if (!o.Atomic) {
      if (value) s.kvPut(k, value, expire);
      else s.kvDelete(k);
      return true;
    }
    const current = s.kvGet(k);
    if (!value) {
      if (!old || !sameBytes(current, old)) return false;
      s.kvDelete(k);
      return true;
    }
    if (old ? !sameBytes(current, old) : current !== undefined) return false;
    s.kvPut(k, value, expire);
    return true;
  };

  return {
    KVSet: (a) => {
      setWithOptions('KVSet', str(a.A), bytes(a.B), {});
      return {};
    },

    KVSetWithExpiry: (a) => {
      setWithOptions('KVSetWithExpiry', str(a.A), bytes(a.B), { ExpireInSeconds: int(a.C) });
      return {};
    },

    KVSetWithOptions: (a) => ({ A: setWithOptions('KVSetWithOptions', str(a.A), bytes(a.B), struct(a.C)) }),

    KVCompareAndSet: (a) => ({
      A: setWithOptions('KVCompareAndSet', str(a.A), bytes(a.C), { Atomic: true, OldValue: a.B ?? null }),
    }),

    KVCompareAndDelete: (a) => {
      const k = key('KVCompareAndDelete', str(a.A));
      const old = bytes(a.B);
      if (!old || !sameBytes(s.kvGet(k), old)) return { A: false };
      s.kvDelete(k);
      return { A: true };
    },

    KVGet: (a) => {
      const v = s.kvGet(key('KVGet', str(a.A)));
      const ret: GobStruct = {};
      if (v) ret.A = v;
      return ret;
    },

    KVDelete: (a) => {
      s.kvDelete(key('KVDelete', str(a.A)));
      return {};
    },

    KVDeleteAll: () => {
      s.kv.clear();
      s.kvExpiry.clear();
      return {};
    },

    KVList: (a) => ({ A: page(s.kvKeys(), a.A, a.B) }),
  };
}
