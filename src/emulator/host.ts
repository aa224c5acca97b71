/**
 * The host emulator: the Mattermost server's side of the plugin protocol (go-plugin client, yamux
 * client, net/rpc client, MuxBroker) with an in-memory fake API. It starts `mm-bridge run` exactly
 * as the server would, dispenses the hooks, activates the plugin and fires hooks. It powers
 * `mm-bridge demo` and the TypeScript-only end-to-end tests.
 */
import path from 'node:path';
import { HostClient } from '../bridge/goplugin/index.ts';
import type { GobStruct, GobValue } from '../bridge/gob/types.ts';
import { EMPTY_STRUCT, RpcServer, type RpcClient } from '../bridge/netrpc/index.ts';
import { GobTypes, loadSchema, type MethodDef, type Schema } from '../bridge/mattermost/schema.ts';
import { bridgeCommand, SCHEMA_FILE } from '../paths.ts';
import type { EmulatorCodecs } from './codecs.ts';
import { FakeApi } from './fake-api.ts';
import { readPluginManifest } from './plugin-manifest.ts';

export interface EmulatorOptions {
  bundleDir: string;
  onStderrLine?: (line: string) => void;
  startTimeoutMs?: number;
  /** How to start mm-bridge (default: this installation, see bridgeCommand()). */
  bridge?: { command: string; args: string[] };
  /** Extra environment for `mm-bridge run` (over this process's), e.g. MM_BRIDGE_ADMIN_ADDR. */
  env?: NodeJS.ProcessEnv;
  /** Contract codecs to share (mm-bridge emulate has them loaded before it starts the plugin). */
  codecs?: EmulatorCodecs;
}

export class HostEmulator {
  readonly api: FakeApi;
  implemented: string[] = [];
  private activated = false;

  private constructor(
    readonly host: HostClient,
    readonly hooks: RpcClient,
    private readonly schema: Schema,
    private readonly types: GobTypes,
    codecs: EmulatorCodecs | undefined,
  ) {
    this.api = new FakeApi(schema, types, codecs);
    // The server's config listener: every saved configuration change reaches active plugins.
    this.api.onConfigChange = () => {
      if (this.activated && this.implemented.includes('OnConfigurationChange'))
        setImmediate(() => void this.hook('OnConfigurationChange', {}).catch(() => undefined));
    };
  }

  static async start(o: EmulatorOptions): Promise<HostEmulator> {
    const schema = o.codecs?.schema ?? loadSchema(SCHEMA_FILE);
    const types = o.codecs?.types ?? new GobTypes(schema);
    const { command, args } = o.bridge ?? bridgeCommand();
    const host = await HostClient.launch({
      command,
      args: [...args, 'run', '--bundle', o.bundleDir],
      startTimeoutMs: o.startTimeoutMs ?? 3_000,
      onStderrLine: o.onStderrLine,
      env: o.env && { ...process.env, ...o.env },
    });
    const hooks = await host.dispense('hooks');
    const emu = new HostEmulator(host, hooks, schema, types, o.codecs);
    const manifest = readPluginManifest(o.bundleDir);
    Object.assign(emu.api.store, { bundlePath: path.resolve(o.bundleDir), ...manifest });
    const reply = await hooks.call('Plugin.Implemented', EMPTY_STRUCT, {});
    emu.implemented = (reply.value as string[]) ?? [];
    return emu;
  }

  /** OnActivate as the server does it: serve the API and driver on two fresh broker ids first. */
  async activate(): Promise<GobValue> {
    const broker = this.host.broker;
    const apiId = broker.nextId();
    const driverId = broker.nextId();
    void broker
      .accept(apiId)
      .then((s) => new RpcServer().register('Plugin', this.api.handlers()).serveConn(s));
    void broker.accept(driverId).then((s) => new RpcServer().register('Plugin', {}).serveConn(s));
    const ret = (await this.hook('OnActivate', {
      APIMuxId: BigInt(apiId),
      DriverMuxId: BigInt(driverId),
    })) as GobStruct;
    this.activated = !ret.A;
    return ret.A ?? null;
  }

  /** Calls hook `name` with gob args shaped by the schema; returns the decoded Z_<name>Returns. */
  async hook(name: string, args: GobStruct): Promise<GobValue> {
    const def = this.method(name);
    const reply = await this.hooks.call(def.rpc, this.types.shape(def, 'args'), args);
    return reply.value;
  }

  async ping(): Promise<void> {
    await this.host.ping();
  }

  async stop(): Promise<void> {
    if (this.implemented.includes('OnDeactivate')) await this.hook('OnDeactivate', {}).catch(() => undefined);
    this.hooks.close();
    await this.host.kill();
  }

  private method(name: string): MethodDef {
    const def = this.schema.hooks.find((h) => h.name === name);
    if (!def) throw new Error(`no hook ${name} in the schema`);
    return def;
  }
}
