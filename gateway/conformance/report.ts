/** A conformance run's results as text (people), JSON (scripts) and JUnit XML (CI). */
import { xml } from '../cli/xml.js';
import type { ClauseResult } from './clauses.js';
import type { Pics } from './pics.js';

export interface DeviceReport {
  device: string;
  clauses: ClauseResult[];
}

export interface ConformanceReport {
  passed: boolean;
  transport: 'serial' | 'mqtt';
  contract: string;
  durationMs: number;
  devices: DeviceReport[];
}

export function report(pics: Pics, durationMs: number, devices: DeviceReport[]): ConformanceReport {
  return { passed: devices.every((d) => d.clauses.every((c) => c.verdict !== 'FAIL')), transport: pics.transport, contract: pics.contract, durationMs, devices };
}

export function formatText(r: ConformanceReport): string {
  const out: string[] = [];
  for (const d of r.devices) {
    out.push(`${d.device} (${r.transport}, contract ${r.contract}):`);
    for (const c of d.clauses) out.push(`  ${c.verdict.padEnd(4)}  ${c.id.padEnd(12)} ${c.rule}${c.detail === '' ? '' : `\n                      ${c.detail}`}`);
  }
  const counts = (v: string) => r.devices.reduce((n, d) => n + d.clauses.filter((c) => c.verdict === v).length, 0);
  out.push(`${counts('PASS')} passed, ${counts('FAIL')} failed, ${counts('N/A')} not applicable (not claimed in the PICS)`);
  out.push(r.passed ? 'conformant' : 'NOT conformant');
  return `${out.join('\n')}\n`;
}

export function formatJunit(r: ConformanceReport): string {
  const suites = r.devices.map((d) => {
    const cases = d.clauses.map((c) => {
      const name = `${c.id} ${xml(c.rule)}`;
      const body = c.verdict === 'FAIL' ? `<failure message="${xml(c.detail)}"/>` : c.verdict === 'N/A' ? `<skipped message="${xml(c.detail)}"/>` : '';
      return `<testcase classname="bwc.conformance.${xml(d.device)}" name="${name}">${body}</testcase>`;
    });
    const failures = d.clauses.filter((c) => c.verdict === 'FAIL').length;
    const skipped = d.clauses.filter((c) => c.verdict === 'N/A').length;
    return `  <testsuite name="bwc.conformance.${xml(d.device)}" tests="${d.clauses.length}" failures="${failures}" skipped="${skipped}" time="${(r.durationMs / 1000).toFixed(1)}">\n    ${cases.join('\n    ')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bwc.conformance">\n${suites.join('\n')}\n</testsuites>\n`;
}
