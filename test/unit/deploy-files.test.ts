/**
 * The deployment files agree with each other and with the code: Dockerfile (+ .dockerignore),
 * docker/compose.yaml (+ .env.example), docker/k8s/*.yaml, docker/prometheus and docker/grafana.
 *
 * No Docker or Kubernetes here: the files are parsed (yaml, a line parser for the Dockerfile), promtool
 * checks the Prometheus config when it is installed, and the image's command (ENTRYPOINT + CMD =
 * `mm-bridge serve`) is run outside Docker with the compose file's environment, probed with the image's
 * own HEALTHCHECK command and attached to by the bundle stub with the Mattermost container's environment.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { COMMANDS } from '../../src/cli/commands.ts';
import { spec as serveSpec } from '../../src/cli/commands/serve.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { readBundle } from '../../src/bridge/runtime/manifest.ts';
import { readRemoteTokens } from '../../src/bridge/sidecar/remote-tokens.ts';

const ROOT = PACKAGE_ROOT;
const DOCKER = path.join(ROOT, 'docker');
const K8S = path.join(DOCKER, 'k8s');
const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');

/** The stock Mattermost image runs as uid/gid 2000 and extracts bundle directories with mode 0744. */
const MATTERMOST_UID = 2000;
/** PluginSettings.Directory of the stock image: ./plugins under WORKDIR /mattermost. */
const MATTERMOST_PLUGINS_DIR = '/mattermost/plugins';

// ---------------------------------------------------------------------------------------------------
// What the code provides

/** Routes of the admin HTTP server, from src/http/app.ts. */
const ADMIN_ROUTES = [...read('src/http/app.ts').matchAll(/app\.get(?:<[^>]*>)?\(\s*'([^']+)'/g)].map(
  (m) => m[1]!,
);

/** MM_BRIDGE_* variables the code reads: in TS as process.env.X, env.X or a string literal; in the stub as $X / ${X. */
function variablesReadByCode(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string, ext: string, re: RegExp): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, ext, re);
      else if (e.name.endsWith(ext)) for (const m of readFileSync(p, 'utf8').matchAll(re)) names.add(m[1]!);
    }
  };
  walk(path.join(ROOT, 'src'), '.ts', /(?:process\.env\.|env\.|['"`])(MM_BRIDGE_[A-Z0-9_]+)/g);
  walk(path.join(ROOT, 'stub'), '.sh', /\$\{?(MM_BRIDGE_[A-Z0-9_]+)/g);
  // The SDKs read the remote plugin's settings (MM_BRIDGE_REMOTE, …).
  walk(path.join(ROOT, 'sdk', 'node', 'src'), '.ts', /(?:process\.env\.|env\.|['"`])(MM_BRIDGE_[A-Z0-9_]+)/g);
  walk(path.join(ROOT, 'sdk', 'python', 'src'), '.py', /['"](MM_BRIDGE_[A-Z0-9_]+)/g);
  return names;
}
const READ_BY_CODE = variablesReadByCode();

function expectReadByCode(vars: string[], where: string): void {
  const unknown = vars.filter((v) => v.startsWith('MM_BRIDGE_') && !READ_BY_CODE.has(v));
  expect(unknown, `${where} sets variables no code reads (src/, stub/)`).toEqual([]);
}

function hostPort(addr: string): { host: string; port: number } {
  const i = addr.lastIndexOf(':');
  expect(i, `${addr} is host:port`).toBeGreaterThan(-1);
  return { host: addr.slice(0, i).replace(/^\[|\]$/g, ''), port: Number(addr.slice(i + 1)) };
}

const serveDefault = (option: string): string => String(serveSpec.options[option]!.default);

// ---------------------------------------------------------------------------------------------------
// Dockerfile

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  name?: string;
  from: string;
  instructions: Instruction[];
}

/** Logical lines (continuations joined, comments dropped) split into stages. */
function parseDockerfile(text: string): Stage[] {
  const lines: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    if (/^\s*#/.test(raw)) continue;
    const line = raw.replace(/\s+$/, '');
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' ';
      continue;
    }
    const full = (pending + line).trim();
    pending = '';
    if (full) lines.push(full);
  }
  const stages: Stage[] = [];
  for (const l of lines) {
    const m = /^(\w+)\s+([\s\S]*)$/.exec(l);
    if (!m) throw new Error(`Dockerfile: cannot parse ${JSON.stringify(l)}`);
    const keyword = m[1]!.toUpperCase();
    const args = m[2]!.trim();
    if (keyword === 'FROM') {
      const f = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args)!;
      stages.push({ from: f[1]!, name: f[2]?.toLowerCase(), instructions: [] });
    } else if (stages.length) stages.at(-1)!.instructions.push({ keyword, args });
    else if (keyword !== 'ARG') throw new Error(`Dockerfile: ${keyword} before the first FROM`);
  }
  return stages;
}

const DOCKERFILE = parseDockerfile(read('Dockerfile'));
const FINAL = DOCKERFILE.at(-1)!;

/** The final stage and the stages it is built FROM, base first. */
function chain(stage: Stage): Stage[] {
  const base = DOCKERFILE.find((s) => s.name === stage.from.toLowerCase());
  return base ? [...chain(base), stage] : [stage];
}
const FINAL_CHAIN = chain(FINAL).flatMap((s) => s.instructions);
const lastOf = (keyword: string): Instruction | undefined =>
  FINAL_CHAIN.filter((i) => i.keyword === keyword).at(-1);

interface Copy {
  from?: string;
  sources: string[];
  dest: string;
}
function copies(stage: Stage): Copy[] {
  return stage.instructions
    .filter((i) => i.keyword === 'COPY')
    .map((i) => {
      const words = i.args.split(/\s+/);
      const flags = words.filter((w) => w.startsWith('--'));
      const paths = words.filter((w) => !w.startsWith('--'));
      const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
      return { from, sources: paths.slice(0, -1), dest: paths.at(-1)! };
    });
}

/** `HEALTHCHECK [options] CMD [exec form]` → the command's argv. */
function healthcheckArgv(): string[] {
  const hc = lastOf('HEALTHCHECK');
  expect(hc, 'the final stage has a HEALTHCHECK').toBeTruthy();
  const cmd = /\bCMD\s+(\[[\s\S]*\])$/.exec(hc!.args);
  expect(cmd, 'HEALTHCHECK CMD in exec form').toBeTruthy();
  return JSON.parse(cmd![1]!) as string[];
}

/** .dockerignore as matchers (the subset of the syntax used there: *, **, plain paths). */
function dockerignore(): (rel: string) => boolean {
  const patterns = read('.dockerignore')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  expect(
    patterns.filter((p) => p.startsWith('!')),
    'no exceptions in .dockerignore',
  ).toEqual([]);
  const res = patterns.map((p) => {
    const body = p
      .replace(/^\/+|\/+$/g, '')
      .split('/')
      .map((seg) =>
        seg === '**' ? '(?:.*/)?' : seg.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*') + '/',
      )
      .join('')
      .replace(/\/$/, '');
    return new RegExp(`^${body}(?:/.*)?$`);
  });
  return (rel) => res.some((r) => r.test(rel));
}

describe('Dockerfile', () => {
  it('is multi-stage; every COPY --from names an earlier stage', () => {
    expect(DOCKERFILE.length).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    for (const s of DOCKERFILE) {
      for (const c of copies(s)) if (c.from) expect(seen, `COPY --from=${c.from}`).toContain(c.from);
      if (s.name) seen.push(s.name);
    }
  });

  it('runs as the Mattermost image user (uid 2000, numeric so runAsNonRoot can verify it), never root', () => {
    const user = lastOf('USER')!.args;
    expect(user).toMatch(/^\d+(?::\d+)?$/);
    const [uid, gid] = user.split(':').map(Number);
    expect(uid).toBe(MATTERMOST_UID);
    expect(gid ?? uid).toBe(MATTERMOST_UID);
    expect(FINAL.instructions.at(-1)!.keyword, 'USER comes after every RUN').not.toBe('RUN');
    const afterUser = FINAL.instructions.slice(FINAL.instructions.findIndex((i) => i.keyword === 'USER'));
    expect(afterUser.filter((i) => i.keyword === 'RUN')).toEqual([]);
  });

  it('ENTRYPOINT ["mm-bridge"] CMD ["serve"]: the sidecar command, installed from bin/', () => {
    expect(JSON.parse(lastOf('ENTRYPOINT')!.args)).toEqual(['mm-bridge']);
    expect(JSON.parse(lastOf('CMD')!.args)).toEqual(['serve']);
    expect(COMMANDS.map((c) => c.name)).toContain('serve');
    const link = FINAL_CHAIN.find(
      (i) => i.keyword === 'RUN' && /ln -s \S+ \/usr\/local\/bin\/mm-bridge\b/.test(i.args),
    );
    expect(link, 'mm-bridge is linked onto PATH').toBeTruthy();
    const target = /ln -s (\S+)/.exec(link!.args)![1]!;
    expect(target).toBe('/app/bin/mm-bridge.js');
    expect(JSON.parse(read('package.json')).bin['mm-bridge']).toBe('bin/mm-bridge.js');
    accessSync(path.join(ROOT, 'bin/mm-bridge.js'), constants.X_OK);
    // bin/mm-bridge.js runs the compiled CLI, which the final stage copies from the build stage.
    expect(read('bin/mm-bridge.js')).toContain("import '../dist/src/cli/main.js'");
    expect(copies(FINAL)).toContainEqual({ from: 'build', sources: ['/app/dist/src'], dest: './dist/src' });
  });

  it('EXPOSEs the default attach and admin ports of mm-bridge serve', () => {
    const exposed = FINAL_CHAIN.filter((i) => i.keyword === 'EXPOSE').flatMap((i) => i.args.split(/\s+/));
    expect(exposed).toContain(String(hostPort(serveDefault('listen')).port));
    expect(exposed).toContain(String(hostPort(serveDefault('admin')).port));
  });

  it('HEALTHCHECK fetches /healthz with node (no curl in the image), on MM_BRIDGE_ADMIN_ADDR', () => {
    const argv = healthcheckArgv();
    expect(argv.slice(0, 2)).toEqual(['node', '-e']);
    expect(argv[2]).toContain("'/healthz'");
    expect(ADMIN_ROUTES).toContain('/healthz');
    expect(argv[2]).toContain('MM_BRIDGE_ADMIN_ADDR');
    expect(argv[2], 'defaults to serve’s default admin address').toContain(`'${serveDefault('admin')}'`);
  });

  it('every COPY source exists in the repository and is in the build context (.dockerignore)', () => {
    const ignored = dockerignore();
    const sources = DOCKERFILE.flatMap((s) => copies(s).filter((c) => !c.from)).flatMap((c) => c.sources);
    expect(sources.length).toBeGreaterThan(5);
    for (const src of sources) {
      expect(existsSync(path.join(ROOT, src)), `COPY ${src}`).toBe(true);
      expect(ignored(src), `COPY ${src} is excluded by .dockerignore`).toBe(false);
    }
    // What the build and the running bridge read.
    for (const f of [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'bin/mm-bridge.js',
      'src/generated/schema.json',
      'src/generated/contract.json',
      'src/generated/contract.binpb',
      'proto/mattermost/bridge/v1/api.proto',
      'sdk/node/src/index.ts',
      'sdk/python/pyproject.toml',
      'sdk/python/README.md',
      'sdk/python/src/mattermost_plugin_bridge/__init__.py',
      'stub/mm-bridge-stub.sh',
      'examples/hello-node/plugin.json',
    ])
      expect(ignored(f), `${f} is excluded by .dockerignore`).toBe(false);
    // Inside the copied directories, .dockerignore drops only caches, virtualenvs and build output.
    const dropped: string[] = [];
    const walk = (rel: string): void => {
      if (ignored(rel)) return void dropped.push(rel);
      const abs = path.join(ROOT, rel);
      if (statSync(abs).isDirectory()) for (const e of readdirSync(abs)) walk(path.posix.join(rel, e));
    };
    for (const src of new Set(sources)) walk(src);
    const intended =
      /(^|\/)(node_modules|\.venv|__pycache__|\.pytest_cache|\.mypy_cache|build|[^/]+\.egg-info)$|\.(pyc|log|tar\.gz)$|^sdk\/python\/(tests|scripts)$/;
    expect(dropped.filter((d) => !intended.test(d))).toEqual([]);
    for (const f of [
      'node_modules/x',
      'sdk/python/.venv/bin/python',
      'examples/a/.venv/x',
      '.git/HEAD',
      'dist/x',
    ])
      expect(ignored(f), `${f} stays out of the build context`).toBe(true);
  });

  it('the final image has what the bridge reads at run time (package root, contract, compiled CLI)', () => {
    // Where each COPY source lands under WORKDIR (a destination ending in / keeps the source's name).
    const dests = copies(FINAL).flatMap((c) =>
      c.sources.map((src) =>
        path.posix.normalize(
          c.dest.endsWith('/') ? path.posix.join(c.dest, path.posix.basename(src)) : c.dest,
        ),
      ),
    );
    for (const d of ['package.json', 'proto/mattermost', 'src', 'dist/src', 'bin', 'node_modules', 'stub'])
      expect(dests, `COPY … ./${d}`).toContain(d);
    expect(FINAL_CHAIN.find((i) => i.keyword === 'WORKDIR')!.args).toBe('/app');
  });

  it('is small: production dependencies only, no apt lists or npm cache', () => {
    const nodeModules = copies(FINAL).find((c) => c.dest.replace(/\/$/, '') === './node_modules')!;
    const deps = DOCKERFILE.find((s) => s.name === nodeModules.from)!;
    const npmCi = deps.instructions.find((i) => i.keyword === 'RUN' && /npm ci\b/.test(i.args))!;
    expect(npmCi.args).toContain('--omit=dev');
    for (const run of DOCKERFILE.flatMap((s) => s.instructions).filter((i) => i.keyword === 'RUN')) {
      if (/apt-get install/.test(run.args)) expect(run.args).toContain('rm -rf /var/lib/apt/lists/*');
      if (/pip install/.test(run.args)) expect(run.args).toContain('--no-cache-dir');
    }
  });

  it('has Node 20 and Python 3 (venv, pip) with the Python SDK installed and on PATH', () => {
    for (const s of DOCKERFILE)
      expect(s.from, 'every stage is on Node 20').toMatch(/^(\$\{NODE_IMAGE\}|[a-z-]+)$/);
    expect(read('Dockerfile')).toMatch(/^ARG NODE_IMAGE=node:20-/m);
    const apt = FINAL_CHAIN.find((i) => i.keyword === 'RUN' && /apt-get install/.test(i.args))!;
    expect(apt.args).toMatch(/\bpython3\b/);
    expect(apt.args).toMatch(/\bpython3-venv\b/);
    // The SDK venv is built from sdk/python in a stage on the same base, and copied to the same path.
    const venvStage = DOCKERFILE.find((s) => copies(s).some((c) => c.sources.includes('sdk/python')))!;
    expect(venvStage.from.toLowerCase(), 'same interpreter as the final stage').toBe(
      FINAL.from.toLowerCase(),
    );
    const pip = venvStage.instructions.find((i) => /pip install/.test(i.args))!;
    const venv = /python3 -m venv (\S+)/.exec(pip.args)![1]!;
    expect(pip.args).toContain(`${venv}/bin/pip install`);
    expect(copies(FINAL)).toContainEqual({ from: venvStage.name, sources: [venv], dest: venv });
    const env = FINAL_CHAIN.filter((i) => i.keyword === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toContain(`PATH=${venv}/bin:$PATH`);
  });
});

// ---------------------------------------------------------------------------------------------------
// docker/compose.yaml

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile?: string };
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  expose?: string[];
  command?: string[];
  user?: string;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
interface Compose {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
}

const COMPOSE = parse(readFileSync(path.join(DOCKER, 'compose.yaml'), 'utf8')) as Compose;

/** docker/.env.example with every empty value filled as an operator would (the secret from openssl-like bytes). */
const ATTACH_SECRET = randomBytes(32).toString('hex');
function dotenv(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of readFileSync(path.join(DOCKER, '.env.example'), 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) vars[m[1]!] = m[2]!;
  }
  return vars;
}
const DOTENV = {
  ...dotenv(),
  MM_BRIDGE_ATTACH_SECRET: ATTACH_SECRET,
  POSTGRES_PASSWORD: 'pw',
  GRAFANA_ADMIN_PASSWORD: 'pw',
};

/** Compose interpolation: ${X}, ${X:-default}, ${X-default}, ${X:?error}, ${X?error}. */
function interpolate(s: string, vars: Record<string, string | undefined>): string {
  return s.replace(
    /\$\{([A-Za-z0-9_]+)(?:(:?[-?])([^}]*))?\}/g,
    (_, name: string, op?: string, arg?: string) => {
      const v = vars[name];
      const unset = op?.startsWith(':') ? !v : v === undefined;
      if (op?.endsWith('?') && unset) throw new Error(`compose: ${name}: ${arg}`);
      if (op?.endsWith('-') && unset) return arg ?? '';
      if (v === undefined) throw new Error(`compose: ${name} is not set`);
      return v;
    },
  );
}
function composeEnv(
  service: string,
  vars: Record<string, string | undefined> = DOTENV,
): Record<string, string> {
  const env = COMPOSE.services[service]!.environment ?? {};
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(String(v), vars)]));
}

interface VolumeMount {
  source: string;
  target: string;
  readOnly: boolean;
}
function composeMounts(service: string): VolumeMount[] {
  return (COMPOSE.services[service]!.volumes ?? []).map((v) => {
    const [source, target, mode] = v.split(':');
    return { source: source!, target: target!, readOnly: mode === 'ro' };
  });
}

/** The service that runs the sidecar: built from the repository's Dockerfile. */
const BRIDGE = Object.keys(COMPOSE.services).find((n) => COMPOSE.services[n]!.build)!;
const MATTERMOST = Object.keys(COMPOSE.services).find((n) =>
  COMPOSE.services[n]!.image?.startsWith('mattermost/mattermost-team-edition:'),
)!;
const PROMETHEUS = Object.keys(COMPOSE.services).find((n) =>
  COMPOSE.services[n]!.image?.startsWith('prom/prometheus:'),
)!;
const GRAFANA = Object.keys(COMPOSE.services).find((n) =>
  COMPOSE.services[n]!.image?.startsWith('grafana/grafana'),
)!;
const POSTGRES = Object.keys(COMPOSE.services).find((n) =>
  COMPOSE.services[n]!.image?.startsWith('postgres:'),
)!;

describe('docker/compose.yaml', () => {
  it('runs PostgreSQL, the stock Mattermost Team Edition image (pinned), the sidecar, Prometheus and Grafana', () => {
    for (const s of [BRIDGE, MATTERMOST, PROMETHEUS, GRAFANA, POSTGRES]) expect(s).toBeTruthy();
    expect(COMPOSE.services[MATTERMOST]!.image, 'Mattermost pinned to a release').toMatch(/:\d+\.\d+\.\d+$/);
    for (const [name, s] of Object.entries(COMPOSE.services))
      if (s.image && name !== BRIDGE) expect(s.image, `${name}: a versioned tag`).toMatch(/:v?\d+[^:]*$/);
    const b = COMPOSE.services[BRIDGE]!.build!;
    expect(path.resolve(DOCKER, b.context, b.dockerfile ?? 'Dockerfile')).toBe(path.join(ROOT, 'Dockerfile'));
  });

  it('gives the sidecar and the Mattermost server the same attach secret, and refuses to start without one', () => {
    const bridge = composeEnv(BRIDGE);
    const mm = composeEnv(MATTERMOST);
    expect(mm.MM_BRIDGE_ATTACH_SECRET).toBe(ATTACH_SECRET);
    expect(bridge.MM_BRIDGE_ATTACH_SECRET ?? readFileSafe(bridge.MM_BRIDGE_ATTACH_SECRET_FILE)).toBe(
      ATTACH_SECRET,
    );
    expect(dotenv().MM_BRIDGE_ATTACH_SECRET, '.env.example ships no secret').toBe('');
    for (const s of [BRIDGE, MATTERMOST])
      expect(() => composeEnv(s, { ...DOTENV, MM_BRIDGE_ATTACH_SECRET: '' }), s).toThrow(
        /openssl rand -hex 32/,
      );
  });

  it('shares the plugins volume: read-write in Mattermost, read-only in the sidecar at MM_BRIDGE_PLUGINS_DIR', () => {
    const mmPlugins = composeMounts(MATTERMOST).find((m) => m.target === MATTERMOST_PLUGINS_DIR)!;
    expect(mmPlugins.readOnly).toBe(false);
    expect(COMPOSE.volumes).toHaveProperty(mmPlugins.source);
    const pluginsDir = composeEnv(BRIDGE).MM_BRIDGE_PLUGINS_DIR!;
    const bridgePlugins = composeMounts(BRIDGE).find((m) => m.target === pluginsDir)!;
    expect(bridgePlugins).toEqual({ source: mmPlugins.source, target: pluginsDir, readOnly: true });
    // Same path in both: the bundle path the stub sends is valid in the sidecar too.
    expect(pluginsDir).toBe(MATTERMOST_PLUGINS_DIR);
    // The sidecar runs as the image's user (uid 2000, the Mattermost user): no override.
    expect(COMPOSE.services[BRIDGE]!.user).toBeUndefined();
  });

  it('points MM_BRIDGE_SIDECAR at the sidecar service and its MM_BRIDGE_LISTEN port, exposed with the admin and RPC ports', () => {
    const bridge = composeEnv(BRIDGE);
    const listen = hostPort(bridge.MM_BRIDGE_LISTEN!);
    expect(listen.host, 'reachable from the Mattermost container').toBe('0.0.0.0');
    expect(composeEnv(MATTERMOST).MM_BRIDGE_SIDECAR).toBe(`${BRIDGE}:${listen.port}`);
    const expose = COMPOSE.services[BRIDGE]!.expose!;
    expect(expose).toContain(String(listen.port));
    expect(expose).toContain(String(hostPort(bridge.MM_BRIDGE_ADMIN_ADDR!).port));
    expect(expose).toContain(bridge.MM_BRIDGE_RPC_PORTS);
  });

  it('Prometheus scrapes the sidecar’s MM_BRIDGE_ADMIN_ADDR at /metrics, with the rules and consoles mounted', () => {
    const admin = hostPort(composeEnv(BRIDGE).MM_BRIDGE_ADMIN_ADDR!);
    const prom = parse(readFileSync(path.join(DOCKER, 'prometheus', 'prometheus.yml'), 'utf8')) as {
      rule_files: string[];
      scrape_configs: { job_name: string; metrics_path?: string; static_configs: { targets: string[] }[] }[];
    };
    const job = prom.scrape_configs.find((j) => j.job_name === 'mm-bridge')!;
    expect(job.static_configs.flatMap((c) => c.targets)).toContain(`${BRIDGE}:${admin.port}`);
    expect(ADMIN_ROUTES).toContain(job.metrics_path ?? '/metrics');
    expect(read('docker/prometheus/alerts.yml'), 'alerts select the scrape job').toContain('job="mm-bridge"');
    for (const f of prom.rule_files) expect(existsSync(path.join(DOCKER, 'prometheus', f)), f).toBe(true);

    const mount = composeMounts(PROMETHEUS).find((m) => m.source === './prometheus')!;
    expect(mount.readOnly).toBe(true);
    const flags = Object.fromEntries(
      COMPOSE.services[PROMETHEUS]!.command!.map((c) => c.replace(/^--/, '').split('=') as [string, string]),
    );
    const inMount = (p: string): string => {
      expect(p.startsWith(mount.target + '/'), `${p} is in the mounted docker/prometheus`).toBe(true);
      return path.join(DOCKER, 'prometheus', path.relative(mount.target, p));
    };
    expect(existsSync(inMount(flags['config.file']!))).toBe(true);
    expect(existsSync(path.join(inMount(flags['web.console.templates']!), 'mm-bridge.html'))).toBe(true);
    expect(existsSync(path.join(inMount(flags['web.console.libraries']!), 'mm-bridge.lib'))).toBe(true);
    // The console dashboard uses the classic UI's assets, which Prometheus 3 dropped.
    expect(COMPOSE.services[PROMETHEUS]!.image).toMatch(/^prom\/prometheus:v2\./);
  });

  it('Grafana gets the provisioning, the dashboards where the provider looks, and the Prometheus service', () => {
    const mounts = composeMounts(GRAFANA);
    const provisioning = mounts.find((m) => m.source === './grafana/provisioning')!;
    expect(provisioning.target).toBe('/etc/grafana/provisioning');
    const provider = parse(read('docker/grafana/provisioning/dashboards/mm-bridge.yml')) as {
      providers: { options: { path: string } }[];
    };
    expect(mounts.find((m) => m.source === './grafana/dashboards')!.target).toBe(
      provider.providers[0]!.options.path,
    );
    const ds = parse(read('docker/grafana/provisioning/datasources/prometheus.yml')) as {
      datasources: { url: string }[];
    };
    expect(ds.datasources[0]!.url).toBe(`http://${PROMETHEUS}:9090`);
    expect(COMPOSE.services[PROMETHEUS]!.ports!.some((p) => p.endsWith(':9090'))).toBe(true);
  });

  it('health checks exist where depends_on waits for them; the sidecar’s probes /healthz on its admin port', () => {
    for (const [name, s] of Object.entries(COMPOSE.services))
      for (const [dep, d] of Object.entries(s.depends_on ?? {})) {
        expect(COMPOSE.services, `${name} depends on ${dep}`).toHaveProperty(dep);
        if (d.condition === 'service_healthy') expect(COMPOSE.services[dep]!.healthcheck, dep).toBeTruthy();
      }
    const mmDeps = COMPOSE.services[MATTERMOST]!.depends_on!;
    expect(mmDeps[POSTGRES]).toEqual({ condition: 'service_healthy' });
    // Mattermost starts the bridged plugins at boot: the sidecar must be up first.
    expect(mmDeps[BRIDGE]).toEqual({ condition: 'service_healthy' });

    const script = COMPOSE.services[BRIDGE]!.healthcheck!.test.join(' ');
    const url = /http:\/\/([^/'"]+)(\/[a-z/]*)/.exec(script)!;
    expect(hostPort(url[1]!).port).toBe(hostPort(composeEnv(BRIDGE).MM_BRIDGE_ADMIN_ADDR!).port);
    expect(ADMIN_ROUTES).toContain(url[2]);
    // /readyz answers 503 until a plugin attaches, and plugins attach only once Mattermost runs.
    expect(url[2]).not.toBe('/readyz');
  });

  it('configures Mattermost for PostgreSQL and plugin uploads', () => {
    const mm = composeEnv(MATTERMOST);
    const pg = composeEnv(POSTGRES);
    expect(mm.MM_SQLSETTINGS_DRIVERNAME).toBe('postgres');
    const dsn = new URL(mm.MM_SQLSETTINGS_DATASOURCE!);
    expect(dsn.hostname).toBe(POSTGRES);
    expect(decodeURIComponent(dsn.username)).toBe(pg.POSTGRES_USER);
    expect(decodeURIComponent(dsn.password)).toBe(pg.POSTGRES_PASSWORD);
    expect(dsn.pathname).toBe(`/${pg.POSTGRES_DB}`);
    expect(mm.MM_PLUGINSETTINGS_ENABLE).toBe('true');
    expect(mm.MM_PLUGINSETTINGS_ENABLEUPLOADS).toBe('true');
    expect(mm.MM_PLUGINSETTINGS_REQUIREPLUGINSIGNATURE).toBe('false');
  });

  it('every variable compose requires is in .env.example and set by the documented commands', () => {
    const text = readFileSync(path.join(DOCKER, 'compose.yaml'), 'utf8');
    const required = [...new Set([...text.matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((m) => m[1]!))].sort();
    expect(required).toContain('MM_BRIDGE_ATTACH_SECRET');
    expect(Object.keys(dotenv())).toEqual(expect.arrayContaining(required));
    // docker/README.md step 1 (a heredoc) and README.md (a printf) write docker/.env.
    const heredoc = /cat > \.env <<EOF\n([\s\S]*?)\nEOF/.exec(read('docker/README.md'))![1]!;
    expect([...heredoc.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]).sort()).toEqual(required);
    expect(heredoc).toContain('MM_BRIDGE_ATTACH_SECRET=$(openssl rand -hex 32)');
    const printf = /printf '([^']*)'[^>]*> \.env/.exec(read('README.md'))![1]!;
    expect([...printf.matchAll(/([A-Z0-9_]+)=%s/g)].map((m) => m[1]).sort()).toEqual(required);
  });

  it('port mappings are strings (YAML 1.1 reads xx:yy as a base-60 number)', () => {
    const raw = readFileSync(path.join(DOCKER, 'compose.yaml'), 'utf8');
    const old = parse(raw, { version: '1.1' }) as Compose;
    for (const [name, s] of Object.entries(old.services))
      for (const p of [...(s.ports ?? []), ...(s.expose ?? [])])
        expect(typeof p, `${name}: ${p}`).toBe('string');
  });

  it('sets only MM_BRIDGE_* variables the code reads', () => {
    for (const name of Object.keys(COMPOSE.services)) expectReadByCode(Object.keys(composeEnv(name)), name);
    expectReadByCode(Object.keys(dotenv()), '.env.example');
  });
});

// ---------------------------------------------------------------------------------------------------
// docker/compose.remote.yaml

describe('docker/compose.remote.yaml', () => {
  const override = parse(readFileSync(path.join(DOCKER, 'compose.remote.yaml'), 'utf8')) as Compose & {
    services: Record<string, ComposeService & { configs?: { source: string; target: string }[] }>;
    configs: Record<string, { content: string }>;
  };
  const token = randomBytes(32).toString('hex');
  const vars = { ...DOTENV, HELLO_REMOTE_TOKEN: token };
  const remoteName = Object.keys(override.services).find((n) => n !== BRIDGE)!;
  const remote = override.services[remoteName]!;
  const remoteEnv = Object.fromEntries(
    Object.entries(remote.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), vars)]),
  );
  const bridgeEnv = override.services[BRIDGE]!.environment!;

  it("gives the sidecar a tokens file whose entry is the remote container's id and token", () => {
    const mount = override.services[BRIDGE]!.configs!.find(
      (c) => c.target === bridgeEnv.MM_BRIDGE_REMOTE_TOKENS_FILE,
    )!;
    expect(mount, 'MM_BRIDGE_REMOTE_TOKENS_FILE is the mounted config').toBeTruthy();
    const dir = mkdtempSync(path.join(tmpdir(), 'remote-tokens-'));
    const file = path.join(dir, 'tokens.json');
    writeFileSync(file, interpolate(override.configs[mount.source]!.content, vars));
    try {
      const tokens = readRemoteTokens(file);
      expect([...tokens]).toEqual([[remoteEnv.MM_BRIDGE_PLUGIN_ID, token]]);
      expect(remoteEnv.MM_BRIDGE_REMOTE_TOKEN).toBe(token);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Required, with a hint, and documented in .env.example.
    expect(() => interpolate(override.configs[mount.source]!.content, DOTENV)).toThrow(/HELLO_REMOTE_TOKEN/);
    expect(readFileSync(path.join(DOCKER, '.env.example'), 'utf8')).toContain('HELLO_REMOTE_TOKEN=');
  });

  it("registers at the sidecar's attach port the plugin of examples/hello-remote, a remote bundle", () => {
    const listen = hostPort(composeEnv(BRIDGE).MM_BRIDGE_LISTEN!);
    expect(remoteEnv.MM_BRIDGE_REMOTE).toBe(`${BRIDGE}:${listen.port}`);
    const bundle = readBundle(path.join(ROOT, 'examples', 'hello-remote'));
    expect(bundle.settings.remote).toBe(true);
    expect(remoteEnv.MM_BRIDGE_PLUGIN_ID).toBe(bundle.id);
    const hooks = hostPort(remoteEnv.MM_BRIDGE_HOOKS_LISTEN!);
    expect(remote.expose).toContain(String(hooks.port));
  });

  it('runs a program of the sidecar image (the examples are copied to /app/examples)', () => {
    expect(remote.image).toBe(COMPOSE.services[BRIDGE]!.image);
    const entry = (remote as { entrypoint?: string[] }).entrypoint!;
    expect(entry[1]!.startsWith('/app/examples/')).toBe(true);
    expect(existsSync(path.join(ROOT, entry[1]!.slice('/app/'.length)))).toBe(true);
    expect(read('Dockerfile')).toMatch(/^WORKDIR \/app$/m);
    expect(read('Dockerfile')).toMatch(/^COPY examples \.\/examples$/m);
  });

  it('sets only MM_BRIDGE_* variables the code reads', () => {
    expectReadByCode(Object.keys(bridgeEnv), `${BRIDGE} (override)`);
    expectReadByCode(Object.keys(remoteEnv), remoteName);
  });
});

function readFileSafe(p: string | undefined): string | undefined {
  return p && existsSync(p) ? readFileSync(p, 'utf8').trim() : undefined;
}

// ---------------------------------------------------------------------------------------------------
// docker/k8s

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}
interface Probe {
  httpGet?: { path: string; port: string | number };
}
interface Container {
  name: string;
  image: string;
  args?: string[];
  restartPolicy?: string;
  env?: EnvVar[];
  ports?: { name?: string; containerPort: number }[];
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: {
    runAsNonRoot?: boolean;
    runAsUser?: number;
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    capabilities?: { drop?: string[] };
  };
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface Volume {
  name: string;
  emptyDir?: object;
  persistentVolumeClaim?: { claimName: string };
  secret?: { secretName: string; items?: { key: string; path: string }[]; defaultMode?: number };
}
interface PodSpec {
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; runAsGroup?: number; fsGroup?: number };
  initContainers?: Container[];
  containers: Container[];
  volumes?: Volume[];
}
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: {
    selector?: { matchLabels?: Record<string, string> } & Record<string, string>;
    template?: {
      metadata: { labels: Record<string, string>; annotations?: Record<string, string> };
      spec: PodSpec;
    };
    ports?: { name?: string; port: number; targetPort: string | number }[];
  };
}

const KUSTOMIZATION = parse(readFileSync(path.join(K8S, 'kustomization.yaml'), 'utf8')) as {
  resources: string[];
  images?: { name: string }[];
};
const K8S_OBJECTS: K8sObject[] = KUSTOMIZATION.resources.flatMap((f) =>
  parseAllDocuments(readFileSync(path.join(K8S, f), 'utf8')).map((d) => {
    if (d.errors.length) throw new Error(`${f}: ${d.errors.map((e) => e.message).join('; ')}`);
    return d.toJS() as K8sObject;
  }),
);
const DEPLOYMENT = K8S_OBJECTS.find((o) => o.kind === 'Deployment')!;
const POD = DEPLOYMENT.spec!.template!.spec;
const ALL_CONTAINERS = [...(POD.initContainers ?? []), ...POD.containers];
const K8S_MM = ALL_CONTAINERS.find((c) => c.image.startsWith('mattermost/mattermost-team-edition:'))!;
const K8S_BRIDGE = ALL_CONTAINERS.find((c) =>
  KUSTOMIZATION.images?.some((i) => i.name === c.image.split(':')[0]),
)!;
const k8sEnv = (c: Container): Record<string, EnvVar> =>
  Object.fromEntries((c.env ?? []).map((e) => [e.name, e]));
const mountAt = (c: Container, p: string) => c.volumeMounts?.find((m) => m.mountPath === p);

function portOf(c: Container, port: string | number): number {
  if (typeof port === 'number') return port;
  const p = c.ports?.find((x) => x.name === port);
  expect(p, `${c.name} has a port named ${port}`).toBeTruthy();
  return p!.containerPort;
}

describe('docker/k8s', () => {
  it('kustomization.yaml lists every manifest; each object is well-formed', () => {
    const files = readdirSync(K8S).filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml');
    expect([...KUSTOMIZATION.resources].sort()).toEqual(files.sort());
    for (const o of K8S_OBJECTS) {
      expect(o.apiVersion, JSON.stringify(o.metadata)).toBeTruthy();
      expect(o.kind).toBeTruthy();
      expect(o.metadata.name).toBeTruthy();
    }
    expect(K8S_MM, 'the Mattermost container').toBeTruthy();
    expect(K8S_BRIDGE, 'the sidecar container, its image named in kustomization images').toBeTruthy();
  });

  it('runs the sidecar as a native sidecar (restartPolicy: Always init container) with `mm-bridge serve`', () => {
    expect(POD.initContainers).toContain(K8S_BRIDGE);
    expect(K8S_BRIDGE.restartPolicy).toBe('Always');
    expect(K8S_BRIDGE.args ?? JSON.parse(lastOf('CMD')!.args)).toEqual(['serve']);
  });

  it('gives both containers the same Secret: env in Mattermost, a file in the sidecar', () => {
    const ref = k8sEnv(K8S_MM).MM_BRIDGE_ATTACH_SECRET!.valueFrom!.secretKeyRef!;
    const env = k8sEnv(K8S_BRIDGE);
    // Not as an environment variable in the sidecar: its language plugins inherit its environment.
    expect(env.MM_BRIDGE_ATTACH_SECRET).toBeUndefined();
    const file = env.MM_BRIDGE_ATTACH_SECRET_FILE!.value!;
    const mount = mountAt(K8S_BRIDGE, path.posix.dirname(file))!;
    expect(mount.readOnly).toBe(true);
    const vol = POD.volumes!.find((v) => v.name === mount.name)!;
    expect(vol.secret!.secretName).toBe(ref.name);
    const item = vol.secret!.items?.find((i) => i.path === path.posix.basename(file));
    expect(item?.key ?? path.posix.basename(file)).toBe(ref.key);
    // Readable by the pod's group (fsGroup): secret files are owned by root.
    if (vol.secret!.defaultMode !== undefined) expect(vol.secret!.defaultMode & 0o040).toBe(0o040);
  });

  it('shares the plugins volume, read-only in the sidecar at MM_BRIDGE_PLUGINS_DIR', () => {
    const mm = mountAt(K8S_MM, MATTERMOST_PLUGINS_DIR)!;
    expect(mm.readOnly ?? false).toBe(false);
    const dir = k8sEnv(K8S_BRIDGE).MM_BRIDGE_PLUGINS_DIR!.value!;
    const sidecar = mountAt(K8S_BRIDGE, dir)!;
    expect(sidecar.name).toBe(mm.name);
    expect(sidecar.readOnly).toBe(true);
    const vol = POD.volumes!.find((v) => v.name === mm.name)!;
    expect(vol.emptyDir ?? vol.persistentVolumeClaim).toBeTruthy();
  });

  it('attaches over localhost: MM_BRIDGE_SIDECAR = 127.0.0.1:<MM_BRIDGE_LISTEN port>, listening on loopback only', () => {
    const listen = hostPort(k8sEnv(K8S_BRIDGE).MM_BRIDGE_LISTEN!.value!);
    expect(listen.host).toBe('127.0.0.1');
    expect(k8sEnv(K8S_MM).MM_BRIDGE_SIDECAR!.value).toBe(`127.0.0.1:${listen.port}`);
    expect(portOf(K8S_BRIDGE, 'attach')).toBe(listen.port);
  });

  it('Prometheus annotations name the sidecar’s MM_BRIDGE_ADMIN_ADDR port and /metrics', () => {
    const admin = hostPort(k8sEnv(K8S_BRIDGE).MM_BRIDGE_ADMIN_ADDR!.value!);
    const a = DEPLOYMENT.spec!.template!.metadata.annotations!;
    expect(a['prometheus.io/scrape']).toBe('true');
    expect(Number(a['prometheus.io/port'])).toBe(admin.port);
    expect(portOf(K8S_BRIDGE, 'admin')).toBe(admin.port);
    expect(ADMIN_ROUTES).toContain(a['prometheus.io/path']);
  });

  it('probes: the sidecar’s on admin routes (/healthz, not /readyz), Mattermost’s on its ping', () => {
    const admin = hostPort(k8sEnv(K8S_BRIDGE).MM_BRIDGE_ADMIN_ADDR!.value!).port;
    expect(K8S_BRIDGE.startupProbe).toBeTruthy();
    expect(K8S_BRIDGE.livenessProbe).toBeTruthy();
    for (const kind of ['startupProbe', 'readinessProbe', 'livenessProbe'] as const) {
      const p = K8S_BRIDGE[kind];
      if (!p) continue;
      expect(ADMIN_ROUTES, kind).toContain(p.httpGet!.path);
      // /readyz is 503 until a plugin attaches and while one is down: it must not gate the pod.
      expect(p.httpGet!.path, kind).not.toBe('/readyz');
      expect(portOf(K8S_BRIDGE, p.httpGet!.port), kind).toBe(admin);
    }
    for (const kind of ['readinessProbe', 'livenessProbe'] as const) {
      expect(K8S_MM[kind]!.httpGet!.path).toBe('/api/v4/system/ping');
      expect(portOf(K8S_MM, K8S_MM[kind]!.httpGet!.port)).toBe(8065);
    }
  });

  it('every container has resource requests and limits', () => {
    for (const c of ALL_CONTAINERS)
      for (const k of ['requests', 'limits'] as const) {
        expect(c.resources?.[k]?.cpu, `${c.name} ${k}.cpu`).toBeTruthy();
        expect(c.resources?.[k]?.memory, `${c.name} ${k}.memory`).toBeTruthy();
      }
  });

  it('runs non-root as uid 2000 (the image USER); the sidecar with a read-only root filesystem and a writable /tmp', () => {
    expect(POD.securityContext!.runAsNonRoot).toBe(true);
    expect(POD.securityContext!.runAsUser).toBe(MATTERMOST_UID);
    expect(Number(lastOf('USER')!.args.split(':')[0])).toBe(POD.securityContext!.runAsUser);
    for (const c of ALL_CONTAINERS) {
      expect(c.securityContext?.runAsUser ?? MATTERMOST_UID, c.name).toBe(MATTERMOST_UID);
      expect(c.securityContext?.allowPrivilegeEscalation, c.name).toBe(false);
      expect(c.securityContext?.capabilities?.drop, c.name).toContain('ALL');
    }
    expect(K8S_BRIDGE.securityContext!.readOnlyRootFilesystem).toBe(true);
    const tmp = mountAt(K8S_BRIDGE, '/tmp')!;
    expect(POD.volumes!.find((v) => v.name === tmp.name)!.emptyDir).toBeTruthy();
  });

  it('the Service selects the pod and targets the Mattermost port', () => {
    const svc = K8S_OBJECTS.find((o) => o.kind === 'Service')!;
    const labels = DEPLOYMENT.spec!.template!.metadata.labels;
    for (const [k, v] of Object.entries(svc.spec!.selector!)) expect(labels[k]).toBe(v);
    expect(DEPLOYMENT.spec!.selector!.matchLabels).toEqual(svc.spec!.selector);
    for (const p of svc.spec!.ports!) expect(portOf(K8S_MM, p.targetPort)).toBe(8065);
  });

  it('the volumes mounted exist, the PVC is declared, plugin uploads are enabled', () => {
    for (const c of ALL_CONTAINERS)
      for (const m of c.volumeMounts ?? [])
        expect(
          POD.volumes!.map((v) => v.name),
          `${c.name}: ${m.name}`,
        ).toContain(m.name);
    for (const v of POD.volumes!)
      if (v.persistentVolumeClaim)
        expect(
          K8S_OBJECTS.some(
            (o) =>
              o.kind === 'PersistentVolumeClaim' && o.metadata.name === v.persistentVolumeClaim!.claimName,
          ),
        ).toBe(true);
    const env = k8sEnv(K8S_MM);
    expect(env.MM_PLUGINSETTINGS_ENABLE!.value).toBe('true');
    expect(env.MM_PLUGINSETTINGS_ENABLEUPLOADS!.value).toBe('true');
  });

  it('sets only MM_BRIDGE_* variables the code reads', () => {
    for (const c of ALL_CONTAINERS) expectReadByCode(Object.keys(k8sEnv(c)), `k8s ${c.name}`);
  });
});

// ---------------------------------------------------------------------------------------------------
// promtool

function findPromtool(): string | undefined {
  for (const p of [
    process.env.MM_BRIDGE_PROMTOOL,
    '/usr/bin/promtool',
    path.join(ROOT, '.tools', 'bin', 'promtool'),
  ])
    if (p && existsSync(p)) return p;
  const which = spawnSync('sh', ['-c', 'command -v promtool'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : undefined;
}
const PROMTOOL = findPromtool();

describe('docker/prometheus/prometheus.yml', () => {
  if (!PROMTOOL)
    console.warn(
      'promtool not found: skipping `promtool check config` (scripts/test-observability.sh installs it)',
    );
  it.skipIf(!PROMTOOL)('passes promtool check config (with its rule file)', () => {
    const r = spawnSync(PROMTOOL!, ['check', 'config', 'prometheus.yml'], {
      cwd: path.join(DOCKER, 'prometheus'),
      encoding: 'utf8',
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/SUCCESS/);
  });
});

// ---------------------------------------------------------------------------------------------------
// The image's command, outside Docker

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** The environment of a container: the compose service's, nothing inherited from the test run. */
function containerEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MM_BRIDGE_')));
  return { ...base, ...env };
}

function runAsync(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 15_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the image command (mm-bridge serve) with the compose environment, outside Docker', () => {
  let sidecar: ChildProcess | undefined;
  let work = '';
  let log = '';
  let env: Record<string, string> = {};
  let adminPort = 0;
  const healthcheck = (adminAddr: string) => {
    const [cmd, ...args] = healthcheckArgv();
    return runAsync(cmd!, args, containerEnv({ ...env, MM_BRIDGE_ADMIN_ADDR: adminAddr }));
  };

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'mm-bridge-deploy-'));
    const plugins = path.join(work, 'plugins');
    mkdirSync(plugins);
    adminPort = await freePort();
    const rpc = await freePort();
    // The compose service's environment; ports moved to free ones, the plugins volume to a temp dir.
    env = {
      ...composeEnv(BRIDGE),
      MM_BRIDGE_LISTEN: `127.0.0.1:${await freePort()}`,
      MM_BRIDGE_ADMIN_ADDR: `0.0.0.0:${adminPort}`,
      MM_BRIDGE_RPC_PORTS: `${rpc}-${rpc}`,
      MM_BRIDGE_PLUGINS_DIR: plugins,
    };
    // ENTRYPOINT ["mm-bridge"] + CMD: bin/mm-bridge.js runs dist/src/cli/main.js; here the same CLI from source.
    const cmd = JSON.parse(lastOf('CMD')!.args) as string[];
    sidecar = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), ...cmd], {
      env: containerEnv(env),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    sidecar.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    const deadline = Date.now() + 45_000;
    for (;;) {
      if (sidecar.exitCode !== null) throw new Error(`mm-bridge serve exited ${sidecar.exitCode}:\n${log}`);
      if ((await healthcheck(env.MM_BRIDGE_ADMIN_ADDR!)).code === 0) break;
      if (Date.now() > deadline) throw new Error(`mm-bridge serve never became healthy:\n${log}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }, 60_000);

  afterAll(async () => {
    if (sidecar && sidecar.exitCode === null) {
      const exited = new Promise((r) => sidecar!.once('exit', r));
      sidecar.kill('SIGTERM');
      await exited;
    }
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the Dockerfile HEALTHCHECK passes on it (also for [::]), and fails when nothing listens', async () => {
    expect((await healthcheck(`0.0.0.0:${adminPort}`)).code).toBe(0);
    expect((await healthcheck(`[::]:${adminPort}`)).code).toBe(0);
    expect((await healthcheck(`127.0.0.1:${adminPort}`)).code).toBe(0);
    expect((await healthcheck(`127.0.0.1:${await freePort()}`)).code).toBe(1);
  });

  it('the compose health check passes on it', async () => {
    const composePort = hostPort(composeEnv(BRIDGE).MM_BRIDGE_ADMIN_ADDR!).port;
    const [kind, cmd, ...args] = COMPOSE.services[BRIDGE]!.healthcheck!.test;
    expect(kind).toBe('CMD');
    const moved = args.map((a) => a.replace(`:${composePort}/`, `:${adminPort}/`));
    expect(moved).not.toEqual(args);
    expect((await runAsync(cmd!, moved, containerEnv(env))).code).toBe(0);
  });

  it('serves the scrape path and the admin routes; /readyz is 503 before any plugin attaches', async () => {
    const base = `http://127.0.0.1:${adminPort}`;
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('# TYPE ');
    expect(await (await fetch(`${base}/v1/plugins`)).json()).toEqual({ plugins: [] });
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
  });

  it('the bundle stub, with the Mattermost service’s environment, gets past the attach secret', async () => {
    const id = 'com.example.deploy-test';
    const dist = path.join(env.MM_BRIDGE_PLUGINS_DIR!, id, 'server', 'dist');
    mkdirSync(dist, { recursive: true });
    const stub = path.join(dist, 'plugin-linux-amd64');
    writeFileSync(stub, read('stub/mm-bridge-stub.sh').replaceAll('@PLUGIN_ID@', id), { mode: 0o755 });
    expect(statSync(stub).mode & 0o111).toBeTruthy();
    const mm = composeEnv(MATTERMOST);
    const serverEnv = (secret: string) =>
      containerEnv({
        MATTERMOST_PLUGIN: 'Securely message teams, anywhere.',
        PLUGIN_PROTOCOL_VERSIONS: '1',
        MM_BRIDGE_SIDECAR: env.MM_BRIDGE_LISTEN!, // bridge:8071 in compose
        MM_BRIDGE_ATTACH_SECRET: secret,
      });
    // A wrong secret is refused (the sidecar logs why)…
    const before = log.length;
    const wrong = await runAsync('bash', [stub], serverEnv(randomBytes(32).toString('hex')));
    expect(wrong.code).toBe(1);
    expect(log.slice(before)).toMatch(
      /attach refused.*wrong attach secret|wrong attach secret.*attach refused/,
    );
    // …the Mattermost container's is accepted (this bundle has no plugin.json, so the attach fails later).
    const after = log.length;
    const right = await runAsync('bash', [stub], serverEnv(mm.MM_BRIDGE_ATTACH_SECRET!));
    expect(right.code).toBe(1);
    expect(log.slice(after)).not.toMatch(/wrong attach secret/);
    // …and the sidecar looked for the bundle in MM_BRIDGE_PLUGINS_DIR/<id>, the shared volume.
    expect(log.slice(after)).toContain(path.join(env.MM_BRIDGE_PLUGINS_DIR!, id, 'plugin.json'));
  });

  it('the bundle stub reports a refused attach on its stderr, which the Mattermost server logs', async () => {
    const id = 'com.example.deploy-test-stderr';
    const dist = path.join(work, 'elsewhere', id, 'server', 'dist');
    mkdirSync(dist, { recursive: true });
    const stub = path.join(dist, 'plugin-linux-amd64');
    writeFileSync(stub, read('stub/mm-bridge-stub.sh').replaceAll('@PLUGIN_ID@', id), { mode: 0o755 });
    const r = await runAsync(
      'bash',
      [stub],
      containerEnv({
        MATTERMOST_PLUGIN: 'Securely message teams, anywhere.',
        MM_BRIDGE_SIDECAR: env.MM_BRIDGE_LISTEN!,
        MM_BRIDGE_ATTACH_SECRET: randomBytes(32).toString('hex'),
      }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refused the attach: wrong attach secret/);
  });
});
