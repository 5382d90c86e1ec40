/** Test certificates made with Debian's openssl: CAs, a server certificate, client certificates (valid, expired, another name, another CA). */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const openssl = (args: string[]): void => void execFileSync('openssl', args, { stdio: 'pipe' });

export interface Ca {
  dir: string;
  cert: string;
  key: string;
  name: string;
}

export function makeCa(dir: string, name: string): Ca {
  const cert = join(dir, `${name}.pem`);
  const key = join(dir, `${name}.key`);
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${name}`]);
  writeFileSync(join(dir, `${name}-index.txt`), '');
  writeFileSync(join(dir, `${name}-serial`), '1000\n');
  writeFileSync(
    join(dir, `${name}.cnf`),
    `[ ca ]\ndefault_ca = d\n[ d ]\ndatabase = ${join(dir, `${name}-index.txt`)}\nnew_certs_dir = ${dir}\nserial = ${join(dir, `${name}-serial`)}\ndefault_md = sha256\npolicy = p\nunique_subject = no\n[ p ]\ncommonName = supplied\n`,
  );
  return { dir, cert, key, name };
}

/** A certificate for CN=`cn` signed by `ca`, valid from `start` to `end` (openssl YYYYMMDDHHMMSSZ). */
export function issue(ca: Ca, cn: string, file: string, dates?: { start: string; end: string }): { cert: string; key: string } {
  const key = join(ca.dir, `${file}.key`);
  const csr = join(ca.dir, `${file}.csr`);
  const cert = join(ca.dir, `${file}.pem`);
  openssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', csr, '-subj', `/CN=${cn}`]);
  const when = dates ?? { start: new Date(Date.now() - 3_600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z', end: new Date(Date.now() + 86_400_000).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z' };
  openssl(['ca', '-batch', '-notext', '-config', join(ca.dir, `${ca.name}.cnf`), '-cert', ca.cert, '-keyfile', ca.key, '-in', csr, '-out', cert, '-startdate', when.start, '-enddate', when.end]);
  return { cert, key };
}
