/** `bwc-gateway serve` (what `npm start` runs). */
import { type Command, Option } from 'commander';
import { GATEWAY_DEFAULTS, type GatewayConfig } from '../config/gateway-config.js';
import { describeError } from '../errors.js';
import { type Gateway, createGateway } from '../app.js';
import { dataDirOption, nonNegativeInt, port, positiveInt } from './options.js';
import { exitCodeOf } from './exit.js';

/** Repeatable options (and comma-separated lists from the environment). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(Array.isArray(previous) ? previous : []), ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

export function registerServe(program: Command): void {
  const d = GATEWAY_DEFAULTS;
  program
    .command('serve')
    .description('run the gateway: MQTT broker (or a client of one), durable store, detector, HTTP API')
    .addOption(new Option('--host <address>', 'address MQTT (TCP and WebSocket) listens on').env('BWC_HOST').default(d.host))
    .addOption(new Option('--http-host <address>', 'address the HTTP API, dashboard and metrics listen on (0.0.0.0: every interface)').env('BWC_HTTP_HOST').default(d.httpHost))
    .addOption(new Option('--metrics-public', '/metrics and /api/openapi.json without a token').env('BWC_METRICS_PUBLIC').default(false))
    .addOption(new Option('--mqtt-port <port>', 'MQTT over TCP (0: any free port)').env('BWC_MQTT_PORT').default(d.mqttPort).argParser(port))
    .addOption(new Option('--ws-port <port>', 'MQTT over WebSocket').env('BWC_WS_PORT').default(d.wsPort).argParser(port))
    .addOption(new Option('--http-port <port>', 'HTTP API and metrics').env('BWC_HTTP_PORT').default(d.httpPort).argParser(port))
    .addOption(dataDirOption(d.dataDir))
    .addOption(new Option('--policy <file>', 'recording policy YAML').env('BWC_POLICY').default(d.policy, 'gateway/policies/ice-2024.yaml'))
    .addOption(new Option('--broker <url>', 'use an existing broker (mqtt://host:port) instead of embedding one').env('BWC_BROKER'))
    .addOption(new Option('--broker-client-id <id>', 'client id of the gateway on the external broker').env('BWC_BROKER_CLIENT_ID').default(d.brokerClientId))
    .addOption(new Option('--broker-username <name>', 'username on the external broker').env('BWC_BROKER_USERNAME'))
    .addOption(new Option('--broker-password <secret>', 'password on the external broker').env('BWC_BROKER_PASSWORD'))
    .addOption(new Option('--nats <urls>', 'run as a worker over a NATS cluster (nats://host:port, comma-separated) instead of a broker').env('BWC_NATS'))
    .addOption(new Option('--partitions <list>', 'with --nats: partitions this worker owns ("0-3", "0,2"; default all)').env('BWC_PARTITIONS'))
    .addOption(new Option('--nats-partitions <n>', 'with --nats: partitions in the NATS subject mapping').env('BWC_NATS_PARTITIONS').default(d.natsPartitions).argParser(positiveInt))
    .addOption(new Option('--nats-replicas <n>', 'with --nats: replicas of each JetStream stream (3 on a 3-node cluster)').env('BWC_NATS_REPLICAS').default(d.natsReplicas).argParser(positiveInt))
    .addOption(new Option('--worker-id <id>', 'with --nats: this worker\'s name in partition leases (default host-pid)').env('BWC_WORKER_ID'))
    .addOption(new Option('--lease-ms <ms>', 'with --nats: a dead worker\'s partitions move after this long').env('BWC_LEASE_MS').default(d.leaseMs).argParser(positiveInt))
    .addOption(new Option('--max-packet-bytes <n>', 'largest MQTT packet accepted').env('BWC_MAX_PACKET_BYTES').default(d.maxPacketBytes).argParser(positiveInt))
    .addOption(new Option('--sync <mode>', 'full: fsync each commit; normal: survive crashes only').env('BWC_SYNC').choices(['full', 'normal']).default(d.sync))
    .addOption(new Option('--tls-cert <file>', 'PEM certificate: TLS on MQTT, WebSocket and HTTP').env('BWC_TLS_CERT'))
    .addOption(new Option('--tls-key <file>', 'PEM private key for --tls-cert').env('BWC_TLS_KEY'))
    .addOption(new Option('--tls-ca <file>', 'PEM CA: cameras must present a certificate from it whose CN is their device id (with --tls-cert)').env('BWC_TLS_CA'))
    .addOption(new Option('--connect-timeout <ms>', 'time a new connection has to send CONNECT').env('BWC_CONNECT_TIMEOUT').default(d.connectTimeoutMs).argParser(positiveInt))
    .addOption(new Option('--max-connections-per-ip <n>', 'connections from one address at most').env('BWC_MAX_CONNECTIONS_PER_IP').default(d.maxConnectionsPerIp).argParser(positiveInt))
    .addOption(new Option('--client-rate <n>', 'messages/s per MQTT client on average, bursts of 10x (0: no limit)').env('BWC_CLIENT_RATE').default(d.clientRate).argParser(nonNegativeInt))
    .addOption(new Option('--sim-clock', 'QA only: follow the clock a simulator publishes on bwc/v1/sim/clock').env('BWC_SIM_CLOCK').default(false))
    .addOption(
      new Option('--serial <path[:baud]>', 'a serial port (repeatable; default 115200 baud), or auto (USB ids from --serial-usb)')
        .env('BWC_SERIAL')
        .argParser(collect)
        .default([]),
    )
    .addOption(new Option('--serial-usb <vid:pid>', 'with --serial auto: USB vendor:product ids to open (repeatable)').env('BWC_SERIAL_USB').argParser(collect).default([]))
    .addOption(
      new Option('--serial-auth <mode>', 'dock: each serial port must send DockAuth (a dock account\'s id and secret) before its telemetry is taken')
        .env('BWC_SERIAL_AUTH')
        .choices(['none', 'dock'])
        .default(d.serialAuth),
    )
    .addOption(new Option('--log-level <level>', 'log level').env('BWC_LOG_LEVEL').choices(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default(d.logLevel))
    .action(async (opts: GatewayConfig) => {
      const config: GatewayConfig = { ...GATEWAY_DEFAULTS, ...opts };
      let gateway: Gateway | undefined;
      try {
        gateway = await createGateway(config);
        await gateway.start();
        const a = gateway.addresses;
        const lines = [
          `bwc-gateway ${gateway.policy.name} policy, data in ${config.dataDir}`,
          a.nats !== undefined
            ? `  NATS worker:    ${a.nats}`
            : a.broker !== undefined
              ? `  MQTT:           client of ${a.broker}`
              : `  MQTT:           ${a.mqtt}\n  MQTT/WebSocket: ${a.ws}`,
          `  HTTP API:       ${a.http}  (OpenAPI: ${a.http}/api/openapi.json, metrics: ${a.http}/metrics)`,
          `  Dashboard:      ${a.http}/`,
        ];
        if (config.serial.length > 0) lines.push(`  Serial:         ${a.serial.length > 0 ? a.serial.join(', ') : '(none yet)'}${config.serial.includes('auto') ? ' + auto' : ''}`);
        if (gateway.adminToken !== undefined) {
          lines.push(
            '',
            'A new admin API token (shown once; keep it):',
            `  ${gateway.adminToken}`,
            `Open the dashboard signed in: ${a.http}/#token=${gateway.adminToken}`,
            ...(a.nats === undefined ? ['Register a camera with: npx bwc-gateway devices add CAMERA-ID'] : []),
          );
        }
        process.stdout.write(`${lines.join('\n')}\n`);
        let closing = false;
        const stop = (signal: string): void => {
          if (closing) return;
          closing = true;
          process.stderr.write(`${signal}: closing...\n`);
          gateway!.close().then(
            () => process.exit(0),
            (error: unknown) => {
              process.stderr.write(`close failed: ${describeError(error)}\n`);
              process.exit(1);
            },
          );
        };
        process.on('SIGINT', () => stop('SIGINT'));
        process.on('SIGTERM', () => stop('SIGTERM'));
      } catch (error) {
        await gateway?.close().catch(() => undefined);
        const clash = portClash(error, config);
        process.stderr.write(`bwc-gateway serve: ${clash ?? describeError(error)}\n`);
        process.exit(exitCodeOf(error));
      }
    });
}

/** A listener that could not bind: which one, and the flag that moves it. */
export function portClash(error: unknown, config: Pick<GatewayConfig, 'mqttPort' | 'wsPort' | 'httpPort' | 'host' | 'httpHost'>): string | undefined {
  let e = error as (NodeJS.ErrnoException & { port?: number; address?: string }) | undefined;
  while (e !== undefined && e.code !== 'EADDRINUSE' && e.code !== 'EACCES' && e.cause !== undefined) e = e.cause as typeof e;
  if (e?.code !== 'EADDRINUSE' && e?.code !== 'EACCES') return undefined;
  const flags: [number, string, string][] = [
    [config.mqttPort, 'MQTT', '--mqtt-port (BWC_MQTT_PORT)'],
    [config.wsPort, 'MQTT over WebSocket', '--ws-port (BWC_WS_PORT)'],
    [config.httpPort, 'HTTP', '--http-port (BWC_HTTP_PORT)'],
  ];
  const hit = flags.find(([p]) => p === e.port);
  const where = `${e.address ?? config.host}:${e.port ?? '?'}`;
  const what = e.code === 'EADDRINUSE' ? 'is already in use (another gateway, or a system broker such as mosquitto on 1883?)' : 'needs privileges to bind';
  const fix = hit === undefined ? 'choose other ports with --mqtt-port, --ws-port or --http-port (0: any free port)' : `choose another with ${hit[2]}, or 0 for any free port`;
  return `cannot listen for ${hit?.[1] ?? 'connections'} on ${where}: it ${what}; ${fix}. Nothing was changed (no admin token was used up).`;
}
