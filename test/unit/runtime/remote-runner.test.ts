/**
 * RemotePluginRunner (src/bridge/runtime/remote-runner.ts) with hand-made registrations (links whose
 * attach, close and connection loss the test controls) and a real grpc-js PluginHooks server behind
 * each link: the first start, the start timeout, losses and the restart policy, replacement by a
 * newer registration, stop() handing the registration back, and registrations that fail.
 */
import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { hasBearer } from '../../../src/bridge/grpc/bearer.ts';
import { loadContract } from '../../../src/bridge/grpc/contract.ts';
import type { HooksTarget } from '../../../src/bridge/mattermost/hooks-target.ts';
import { loadSchema } from '../../../src/bridge/mattermost/schema.ts';
import { callUnary } from '../../../src/bridge/mattermost/unary.ts';
import type { BundleInfo } from '../../../src/bridge/runtime/manifest.ts';
import {
  RemotePluginRunner,
  type RemoteLink,
  type RemoteLinks,
  type RemoteRunnerOptions,
} from '../../../src/bridge/runtime/remote-runner.ts';
import type { PluginState } from '../../../src/bridge/runtime/supervisor.ts';
import { createLogger } from '../../../src/log.ts';
import { SCHEMA_FILE } from '../../../src/paths.ts';
import { freePort } from '../../helpers/net-pair.ts';
import { until, within } from '../../helpers/wait.ts';

const contract = loadContract();
/** As PluginBridge finds it (bridge.ts). */
const IMPLEMENTED_FIELD =
  loadSchema(SCHEMA_FILE).hooks.find((h) => h.name === 'Implemented')?.returns.fields[0]?.proto ?? 'hooks';
const PLUGIN_ID = 'com.example.remote';
const TOKEN = 'per-plugin-api-token-0123456789';
const API_PORT = 45_678;
/** Hook names the bridge can carry, for these tests. */
const KNOWN = new Set(['OnActivate', 'OnConfigurationChange', 'OnDeactivate', 'MessageWillBePosted']);

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

/** A remote plugin's PluginHooks server: lists `hooks`, counts calls, checks the bearer token. */
interface HooksServer {
  address: string;
  /** Hook calls that carried the token, by name. */
  calls: string[];
  /** Calls without the right token. */
  unauthenticated: string[];
}

async function hooksServer(hooks: string[]): Promise<HooksServer> {
  const server = new grpc.Server();
  cleanup.push(() => server.forceShutdown());
  const calls: string[] = [];
  const unauthenticated: string[] = [];
  const handler =
    (name: string, reply: () => object) =>
    (call: grpc.ServerUnaryCall<unknown, unknown>, cb: grpc.sendUnaryData<unknown>) => {
      if (!hasBearer(call.metadata, TOKEN)) {
        unauthenticated.push(name);
        return cb({ code: grpc.status.UNAUTHENTICATED, details: 'no token' });
      }
      calls.push(name);
      cb(null, reply());
    };
  server.addService(contract.hooks, {
    Implemented: handler('Implemented', () => ({ [IMPLEMENTED_FIELD]: hooks })),
    OnActivate: handler('OnActivate', () => ({})),
    OnConfigurationChange: handler('OnConfigurationChange', () => ({})),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) =>
      e ? reject(e) : resolve(p),
    ),
  );
  return { address: `127.0.0.1:${port}`, calls, unauthenticated };
}

/** One registration as the test drives it. */
class FakeLink implements RemoteLink {
  readonly closed: Promise<void>;
  readonly attaches: { target: string; token: string; timeoutMs: number }[] = [];
  readonly closes: string[] = [];
  /** What attach does; by default READY at once. */
  onAttach: () => Promise<void> = () => Promise.resolve();
  private resolveClosed!: () => void;

  constructor(
    readonly hooksAddress: string,
    readonly localHost = '127.0.0.1',
  ) {
    this.closed = new Promise((resolve) => (this.resolveClosed = resolve));
  }

  attach(target: string, token: string, timeoutMs: number): Promise<void> {
    this.attaches.push({ target, token, timeoutMs });
    return this.onAttach();
  }

  /** As a real registration: BYE, then the connection closes. */
  close(reason: string): void {
    this.closes.push(reason);
    this.resolveClosed();
  }

  /** The connection is lost (the container died). */
  drop(): void {
    this.resolveClosed();
  }
}

/** The registry as the test drives it: links offered now or parked for the next subscriber. */
class FakeLinks implements RemoteLinks {
  parked: RemoteLink | undefined;
  subscriptions: string[] = [];
  /** What each unsubscribe was given to keep. */
  kept: (RemoteLink | undefined)[] = [];
  private take: ((link: RemoteLink) => void) | undefined;

  subscribe(pluginId: string, take: (link: RemoteLink) => void): (keep?: RemoteLink) => void {
    this.subscriptions.push(pluginId);
    this.take = take;
    const parked = this.parked;
    this.parked = undefined;
    if (parked) take(parked);
    return (keep) => {
      this.kept.push(keep);
      if (this.take === take) this.take = undefined;
    };
  }

  offer(link: RemoteLink): void {
    if (this.take) this.take(link);
    else this.parked = link;
  }
}

function bundle(startTimeoutMs: number): BundleInfo {
  return {
    dir: '/nonexistent/remote-bundle',
    id: PLUGIN_ID,
    version: '1.0.0',
    settings: {
      command: [],
      env: {},
      startTimeoutMs,
      hookTimeoutMs: 5_000,
      inProcess: undefined,
      remote: true,
      restart: {},
    },
  };
}

interface Harness {
  runner: RemotePluginRunner;
  links: FakeLinks;
  states: PluginState[];
  restarts: number[];
  failures: Error[];
  reactivated: HooksTarget[];
}

function harness(
  o: { startTimeoutMs?: number; links?: FakeLinks } & Partial<RemoteRunnerOptions> = {},
): Harness {
  const links = o.links ?? new FakeLinks();
  const reactivated: HooksTarget[] = [];
  const runner = new RemotePluginRunner({
    bundle: bundle(o.startTimeoutMs ?? 3_000),
    links,
    token: TOKEN,
    apiPort: API_PORT,
    service: contract.hooks,
    implementedField: IMPLEMENTED_FIELD,
    known: KNOWN,
    log: createLogger({ level: 'silent' }),
    policy: { maxRestarts: 2, windowMs: 60_000 },
    reactivate: async (t) => {
      reactivated.push(t);
    },
    ...o,
  });
  cleanup.push(() => runner.stop());
  const h: Harness = { runner, links, states: [], restarts: [], failures: [], reactivated };
  runner.on('state', (s) => h.states.push(s));
  runner.on('restart', (n) => h.restarts.push(n));
  runner.on('failed', (e) => h.failures.push(e));
  return h;
}

/** Whether `p` has settled once pending callbacks and a macrotask ran. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setTimeout(r, 20));
  return done;
}

/** A hook call through a target, as the bridge makes it. */
function call(t: HooksTarget, hook: string): Promise<Record<string, unknown>> {
  return callUnary(t.client, hook, {}, t.metadata(), 5_000);
}

/** A runner running on a first link; its server. */
async function running(h: Harness, hooks = ['OnActivate', 'OnConfigurationChange']) {
  const server = await hooksServer(hooks);
  const link = new FakeLink(server.address);
  h.links.offer(link);
  const target = await within(h.runner.target(), 'the first target');
  expect(h.runner.state).toBe('running');
  return { server, link, target };
}

describe('RemotePluginRunner: starting', () => {
  it('sends the first registration ATTACH with <localHost>:<apiPort> and the token, then asks Implemented', async () => {
    const h = harness();
    expect(h.runner.state).toBe('starting');
    expect(h.links.subscriptions).toEqual([PLUGIN_ID]);
    const server = await hooksServer([
      'OnActivate',
      'MessageWillBePosted',
      'NotAHookOfThisBridge',
      'ServeHTTP',
    ]);
    const link = new FakeLink(server.address, '10.1.2.3');
    h.links.offer(link);
    const t = await within(h.runner.target(), 'the target');
    expect(link.attaches).toEqual([{ target: `10.1.2.3:${API_PORT}`, token: TOKEN, timeoutMs: 3_000 }]);
    expect(server.calls).toEqual(['Implemented']);
    expect(server.unauthenticated).toEqual([]);
    expect([...t.implemented].sort()).toEqual(['MessageWillBePosted', 'OnActivate']);
    expect(h.runner.implemented).toEqual(t.implemented);
    expect(h.runner.state).toBe('running');
    expect(h.states).toEqual(['running']);
    expect(h.runner.address).toBe(server.address);
    expect(h.runner.restarts).toBe(0);
    expect(h.reactivated).toEqual([]); // the server activates the plugin itself on a first start
    expect(link.closes).toEqual([]);
    // the target reaches the plugin's hooks server with the bearer token
    await call(t, 'OnActivate');
    expect(server.calls).toEqual(['Implemented', 'OnActivate']);
    expect(server.unauthenticated).toEqual([]);
    expect(t.metadata().get('authorization')).toEqual([`Bearer ${TOKEN}`]);
  });

  it('joins an IPv6 local host in brackets for the PluginAPI target', async () => {
    const h = harness();
    const server = await hooksServer(['OnActivate']);
    const link = new FakeLink(server.address, 'fd00::17');
    h.links.offer(link);
    await within(h.runner.target(), 'the target');
    expect(link.attaches[0]?.target).toBe(`[fd00::17]:${API_PORT}`);
  });

  it('takes a registration that was waiting before it was constructed', async () => {
    const links = new FakeLinks();
    const server = await hooksServer(['OnActivate', 'OnConfigurationChange']);
    const link = new FakeLink(server.address, '10.9.8.7');
    links.offer(link); // nobody subscribed: parked
    expect(links.parked).toBe(link);
    const h = harness({ links });
    expect(links.parked).toBeUndefined();
    const t = await within(h.runner.target(), 'the target');
    expect(link.attaches).toEqual([{ target: `10.9.8.7:${API_PORT}`, token: TOKEN, timeoutMs: 3_000 }]);
    expect([...t.implemented].sort()).toEqual(['OnActivate', 'OnConfigurationChange']);
    expect(h.runner.state).toBe('running');
    expect(h.runner.address).toBe(server.address);
    await call(t, 'OnConfigurationChange');
    expect(server.calls).toEqual(['Implemented', 'OnConfigurationChange']);
  });

  it('fails when no registration comes within start_timeout_ms, naming the plugin and MM_BRIDGE_REMOTE', async () => {
    const h = harness({ startTimeoutMs: 300 });
    const err = await within(
      h.runner.target().then(
        () => undefined,
        (e: Error) => e,
      ),
      'the start timeout',
    );
    expect(err?.message).toContain(PLUGIN_ID);
    expect(err?.message).toContain('MM_BRIDGE_REMOTE');
    expect(err?.message).toContain('within 300 ms');
    expect(h.runner.state).toBe('failed');
    expect(h.states).toEqual(['failed']);
    expect(h.runner.lastError).toBe(err?.message);
    expect(h.failures).toEqual([]); // a start that never ran rejects target(), as the process supervisor does
    await expect(h.runner.target()).rejects.toThrow(err!.message);
    // a registration arriving afterwards is turned away
    const late = new FakeLink('127.0.0.1:1');
    h.links.offer(late);
    expect(late.attaches).toEqual([]);
    expect(late.closes).toEqual(['the plugin is failed']);
  });

  it('does not time out a start that got its registration', async () => {
    const h = harness({ startTimeoutMs: 400 });
    await running(h);
    await new Promise((r) => setTimeout(r, 600)); // past start_timeout_ms: the timer must be off
    expect(h.runner.state).toBe('running');
    expect(h.states).toEqual(['running']);
  });
});

describe('RemotePluginRunner: losses and the restart policy', () => {
  it('after a loss, waits for the next registration, reactivates it and keeps the first Implemented list', async () => {
    const h = harness();
    const first = await running(h, ['OnActivate', 'MessageWillBePosted']);
    const firstImplemented = h.runner.implemented;

    first.link.drop();
    await until(() => h.runner.state === 'restarting', 'the restarting state');
    expect(first.link.closes).toEqual([]);
    expect(h.runner.lastError).toContain('the remote plugin disconnected');
    const pending = h.runner.target();
    expect(await settled(pending)).toBe(false);

    const server = await hooksServer(['OnActivate', 'OnConfigurationChange']);
    const link = new FakeLink(server.address, '10.0.0.2');
    h.links.offer(link);
    const t = await within(pending, 'the target after the restart');
    expect(link.attaches).toEqual([{ target: `10.0.0.2:${API_PORT}`, token: TOKEN, timeoutMs: 3_000 }]);
    expect(h.reactivated).toEqual([t]);
    expect(h.runner.restarts).toBe(1);
    expect(h.restarts).toEqual([1]);
    expect(h.states).toEqual(['running', 'restarting', 'running']);
    expect(h.runner.address).toBe(server.address);
    expect(t.client).not.toBe(first.target.client);
    // the server fixed its list at the first Implemented
    expect([...t.implemented].sort()).toEqual(['MessageWillBePosted', 'OnActivate']);
    expect(h.runner.implemented).toBe(firstImplemented);
    expect(await h.runner.target()).toBe(t);
    await call(t, 'OnActivate');
    expect(server.calls).toEqual(['Implemented', 'OnActivate']);
    expect(first.server.calls).toEqual(['Implemented']);
  });

  it('the target of a lost registration says it was replaced, by the new one', async () => {
    const h = harness();
    const first = await running(h);
    first.link.drop();
    const replaced = first.target.replaced?.();
    await until(() => h.runner.state === 'restarting', 'the restarting state');
    const server = await hooksServer(['OnActivate']);
    h.links.offer(new FakeLink(server.address));
    const next = await within(h.runner.target(), 'the next target');
    expect(await within(replaced!, 'replaced()')).toBe(next);
  });

  it(`gives up after more losses than max_restarts within the window: "failed", target() rejects`, async () => {
    const h = harness({ policy: { maxRestarts: 1, windowMs: 60_000 } });
    const first = await running(h);
    first.link.drop(); // loss 1 of 1 allowed
    await until(() => h.runner.state === 'restarting', 'the restarting state');
    const second = await hooksServer(['OnActivate']);
    const link = new FakeLink(second.address);
    h.links.offer(link);
    await within(h.runner.target(), 'the target after the first loss');
    expect(h.runner.state).toBe('running');

    link.drop(); // loss 2: one too many
    await until(() => h.failures.length === 1, 'the failed event');
    expect(h.failures[0]!.message).toMatch(/^the remote plugin was lost 2 times within .*; giving up \(/);
    expect(h.failures[0]!.message).toContain('the remote plugin disconnected');
    expect(h.runner.state).toBe('failed');
    await expect(h.runner.target()).rejects.toThrow(h.failures[0]!.message);
    expect(h.states).toEqual(['running', 'restarting', 'running', 'failed']);
    expect(h.restarts).toEqual([1]);

    const late = new FakeLink(second.address);
    h.links.offer(late);
    expect(late.closes).toEqual(['the plugin is failed']);
    expect(late.attaches).toEqual([]);
  });

  it('with max_restarts 0, the first loss gives up', async () => {
    const h = harness({ policy: { maxRestarts: 0, windowMs: 60_000 } });
    const first = await running(h);
    first.link.drop();
    await until(() => h.failures.length === 1, 'the failed event');
    expect(h.failures[0]!.message).toMatch(/lost 1 times .*giving up/);
    await expect(h.runner.target()).rejects.toThrow(/giving up/);
  });

  it('losses older than the window are forgotten', async () => {
    const h = harness({ policy: { maxRestarts: 1, windowMs: 200 } });
    let { link } = await running(h);
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 300)); // the previous loss leaves the window
      link.drop();
      await until(() => h.runner.state === 'restarting' || h.runner.state === 'failed', 'the loss');
      expect(h.runner.state, `loss ${i + 1}`).toBe('restarting');
      const server = await hooksServer(['OnActivate']);
      link = new FakeLink(server.address);
      h.links.offer(link);
      await within(h.runner.target(), 'the restarted target');
    }
    expect(h.runner.restarts).toBe(3);
    expect(h.failures).toEqual([]);
  });

  it('no registration within start_timeout_ms after a loss counts as another loss', async () => {
    const h = harness({ startTimeoutMs: 300, policy: { maxRestarts: 1, windowMs: 60_000 } });
    const first = await running(h);
    first.link.drop(); // loss 1; then nobody registers: loss 2 at the timeout
    await until(() => h.failures.length === 1, 'the failed event');
    expect(h.failures[0]!.message).toMatch(/lost 2 times .*giving up/);
    expect(h.failures[0]!.message).toContain(`no remote plugin registered as ${PLUGIN_ID} within 300 ms`);
    await expect(h.runner.target()).rejects.toThrow(/giving up/);
  });
});

describe('RemotePluginRunner: a newer registration', () => {
  it('replaces the running one: the old is closed as replaced and its close is not a loss', async () => {
    const h = harness({ policy: { maxRestarts: 0, windowMs: 60_000 } }); // any loss would fail it
    const first = await running(h, ['OnActivate', 'OnConfigurationChange']);
    const server = await hooksServer(['OnActivate']);
    const link = new FakeLink(server.address);
    h.links.offer(link);
    expect(first.link.closes).toHaveLength(1);
    expect(first.link.closes[0]).toMatch(/replaced/);
    const t = await within(h.runner.target(), 'the target of the new registration');
    expect(t.client).not.toBe(first.target.client);
    first.link.drop(); // its connection goes (again): still not a loss
    await new Promise((r) => setTimeout(r, 50));
    expect(h.runner.state).toBe('running');
    expect(h.failures).toEqual([]);
    expect(h.runner.address).toBe(server.address);
    expect(h.reactivated).toEqual([t]); // the new plugin process was never activated: replayed
    expect([...t.implemented].sort()).toEqual(['OnActivate', 'OnConfigurationChange']);
    expect(link.closes).toEqual([]);
    await call(t, 'OnActivate');
    expect(server.calls).toEqual(['Implemented', 'OnActivate']);
  });

  it('replaces one still attaching: the first is closed, the newer one is used', async () => {
    const h = harness();
    const slowServer = await hooksServer(['OnActivate']);
    const slow = new FakeLink(slowServer.address);
    let ready!: () => void;
    slow.onAttach = () => new Promise<void>((r) => (ready = r));
    h.links.offer(slow);
    await until(() => slow.attaches.length === 1, 'the first ATTACH');

    const server = await hooksServer(['OnActivate', 'OnConfigurationChange']);
    const link = new FakeLink(server.address);
    h.links.offer(link);
    expect(slow.closes).toEqual(['replaced by a newer registration of this plugin']);
    const t = await within(h.runner.target(), 'the target');
    ready(); // the first answers READY late: ignored
    await new Promise((r) => setTimeout(r, 50));
    expect(await h.runner.target()).toBe(t);
    expect(h.runner.address).toBe(server.address);
    expect(h.runner.state).toBe('running');
    expect(slowServer.calls).toEqual([]);
    expect([...t.implemented].sort()).toEqual(['OnActivate', 'OnConfigurationChange']);
  });
});

describe('RemotePluginRunner: stop', () => {
  it('hands the running registration back to the registry to keep, without closing it', async () => {
    const h = harness();
    const { link } = await running(h);
    await h.runner.stop();
    expect(h.links.kept).toEqual([link]);
    expect(link.closes).toEqual([]);
    expect(h.runner.state).toBe('stopped');
    expect(h.runner.address).toBeUndefined();
    // its later loss changes nothing
    link.drop();
    await new Promise((r) => setTimeout(r, 20));
    expect(h.runner.state).toBe('stopped');
    expect(h.failures).toEqual([]);
  });

  it('rejects the target of a start still waiting for a registration', async () => {
    const h = harness();
    const pending = h.runner.target();
    await h.runner.stop();
    await expect(within(pending, 'the pending target')).rejects.toThrow('stopped');
    expect(h.links.kept).toEqual([undefined]);
    expect(h.runner.state).toBe('stopped');
    await h.runner.stop(); // twice: nothing more
    expect(h.links.kept).toEqual([undefined]);
  });

  it('rejects the pending target of a restart', async () => {
    const h = harness();
    const { link } = await running(h);
    link.drop();
    await until(() => h.runner.state === 'restarting', 'the restarting state');
    const pending = h.runner.target();
    await h.runner.stop();
    await expect(within(pending, 'the pending target')).rejects.toThrow('stopped');
    expect(h.links.kept).toEqual([undefined]); // the lost link is not handed back
  });
});

describe('RemotePluginRunner: a registration that fails', () => {
  it('closes a link whose ATTACH is not answered with READY, with "registration failed: ..."', async () => {
    const h = harness();
    const link = new FakeLink('127.0.0.1:1');
    link.onAttach = () =>
      Promise.reject(new Error('the remote plugin did not answer ATTACH with READY within 3000 ms'));
    h.links.offer(link);
    await until(() => link.closes.length > 0, 'the link to be closed');
    expect(link.closes).toEqual([
      'registration failed: the remote plugin did not answer ATTACH with READY within 3000 ms',
    ]);
  });

  it('closes a link whose hooks server cannot be reached, with "registration failed: ..."', async () => {
    const h = harness();
    const link = new FakeLink(`127.0.0.1:${await freePort()}`);
    h.links.offer(link);
    await until(() => link.closes.length > 0, 'the link to be closed');
    expect(link.closes).toHaveLength(1);
    expect(link.closes[0]).toMatch(/^registration failed: .*UNAVAILABLE/);
  });

  it('during a restart, a failed registration counts as a loss and the next one recovers', async () => {
    const h = harness({ policy: { maxRestarts: 2, windowMs: 60_000 } });
    const first = await running(h);
    first.link.drop(); // loss 1
    await until(() => h.runner.state === 'restarting', 'the restarting state');
    const pending = h.runner.target();

    const bad = new FakeLink('127.0.0.1:1');
    bad.onAttach = () => Promise.reject(new Error('the remote plugin disconnected'));
    h.links.offer(bad); // loss 2 of 2 allowed
    await until(() => bad.closes.length > 0, 'the bad link to be closed');
    expect(bad.closes).toEqual(['registration failed: the remote plugin disconnected']);
    await new Promise((r) => setTimeout(r, 20));
    expect(h.runner.state).toBe('restarting');
    expect(await settled(pending)).toBe(false);

    const server = await hooksServer(['OnActivate']);
    h.links.offer(new FakeLink(server.address));
    const t = await within(pending, 'the recovered target');
    expect(h.runner.state).toBe('running');
    expect(h.reactivated).toEqual([t]);
    expect(h.failures).toEqual([]);
  });

  it('before the first activation, a failed registration is dropped and the start waits for the next', async () => {
    const h = harness({ startTimeoutMs: 3_000 });
    const pending = h.runner.target();
    const bad = new FakeLink('127.0.0.1:1');
    bad.onAttach = () => Promise.reject(new Error('the remote plugin disconnected'));
    h.links.offer(bad);
    await until(() => bad.closes.length > 0, 'the bad link to be closed');
    await new Promise((r) => setTimeout(r, 20));
    expect(h.runner.state).toBe('starting');
    expect(await settled(pending)).toBe(false);
    const server = await hooksServer(['OnActivate']);
    h.links.offer(new FakeLink(server.address));
    await within(pending, 'the target of the second registration');
    expect(h.runner.state).toBe('running');
  });

  it('a start that times out names the last failed registration', async () => {
    const h = harness({ startTimeoutMs: 400 });
    const bad = new FakeLink('127.0.0.1:1');
    bad.onAttach = () => Promise.reject(new Error('no READY'));
    h.links.offer(bad);
    await expect(within(h.runner.target(), 'the failed start')).rejects.toThrow(
      /within 400 ms \(last: registration failed: no READY\)/,
    );
  });

  it('stop() during the first ATTACH hands the registration back instead of closing it', async () => {
    const h = harness();
    const link = new FakeLink('127.0.0.1:1');
    let reject!: (e: Error) => void;
    link.onAttach = () => new Promise<void>((_, r) => (reject = r));
    h.links.offer(link);
    await until(() => link.attaches.length === 1, 'the ATTACH');
    await h.runner.stop();
    expect(h.links.kept).toEqual([link]);
    reject(new Error('detached')); // what the registry's DETACH does to the pending ATTACH
    await new Promise((r) => setTimeout(r, 20));
    expect(link.closes).toEqual([]);
  });

  it('during a restart, a registration that does not answer in start_timeout_ms is one loss, not two', async () => {
    const h = harness({ startTimeoutMs: 1_000, policy: { maxRestarts: 2, windowMs: 60_000 } });
    const first = await running(h);
    first.link.drop(); // loss 1
    await until(() => h.runner.state === 'restarting', 'the restarting state');
    const stuck = new FakeLink('127.0.0.1:1');
    let reject!: (e: Error) => void;
    stuck.onAttach = () => new Promise<void>((_, r) => (reject = r));
    h.links.offer(stuck);
    await until(() => stuck.closes.length > 0, 'the stuck link to be dropped'); // loss 2 (the timer)
    reject(new Error('the remote plugin did not answer ATTACH with READY')); // its own timeout, later
    await new Promise((r) => setTimeout(r, 50));
    expect(h.failures).toEqual([]); // a third loss would give up (max_restarts 2)
    const server = await hooksServer(['OnActivate']);
    h.links.offer(new FakeLink(server.address));
    await until(() => h.runner.state === 'running', 'the recovery');
  });
});
