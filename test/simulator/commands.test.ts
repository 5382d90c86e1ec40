/**
 * Simulated cameras over MQTT answer commands (contract v1.1): REJECTED with the reason that
 * their recording follows the scenario, so a QA run sees a command's lifecycle end to end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MqttTarget, SIMULATED_COMMAND_REASON } from '../../simulator/run/mqtt-target.js';
import { provision } from '../../simulator/run/provision.js';
import { type TestGateway, startGateway } from '../helpers/gateway.js';

describe('simulated cameras and commands', () => {
  let t: TestGateway;
  let target: MqttTarget;
  beforeAll(async () => {
    t = await startGateway();
    await t.gateway.close(); // provision writes the store directly, as `bwc-sim --provision` does
    const credentials = await provision(t.dataDir, ['sim-cam-1']);
    t = await startGateway({}, t.dataDir);
    target = new MqttTarget({ url: t.gateway.addresses.mqtt, credentials, simClock: false });
    await target.start(['sim-cam-1']);
  });
  afterAll(async () => {
    await target?.close();
    await t?.close();
  });

  it('answers a command REJECTED, with why', async () => {
    const res = await fetch(`${t.gateway.addresses.http}/api/devices/sim-cam-1/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'LOCATE' }),
    });
    expect(res.status).toBe(202);
    const { command } = (await res.json()) as { command: { commandId: string } };
    const deadline = Date.now() + 5000;
    while (t.gateway.commands.store.get(command.commandId)?.state !== 'REJECTED' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(t.gateway.commands.store.get(command.commandId)).toMatchObject({ state: 'REJECTED', reason: SIMULATED_COMMAND_REASON });
    expect(target.counts.commandsRefused).toBe(1);
  });
});
