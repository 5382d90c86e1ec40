/**
 * Bearer tokens for the HTTP API: `admin` may read and write, `viewer` may read. EventSource
 * cannot send headers, so GET requests may also pass the token as `?access_token=`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Credentials, TokenRole } from '../store/credentials.js';
import { sendError } from './errors.js';

export function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
  const query = request.query as Record<string, unknown> | undefined;
  if (request.method === 'GET' && typeof query?.['access_token'] === 'string') return query['access_token'];
  return undefined;
}

export function requireRole(credentials: Credentials, role: TokenRole, onDenied: () => void) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = bearer(request);
    const who = token === undefined ? undefined : credentials.verifyToken(token);
    if (who === undefined) {
      onDenied();
      return sendError(reply, 401, 'NOT_AUTHORIZED', token === undefined ? 'a bearer token is required' : 'the token is not valid');
    }
    if (role === 'admin' && who.role !== 'admin') {
      onDenied();
      return sendError(reply, 403, 'NOT_AUTHORIZED', `token "${who.name}" is ${who.role}; this needs admin`);
    }
    (request as FastifyRequest & { principal?: typeof who }).principal = who;
  };
}

/** The id of the token a request was authorized with ('' when none). */
export function tokenIdOf(request: FastifyRequest): string {
  return (request as FastifyRequest & { principal?: { id: string } }).principal?.id ?? '';
}

/** The name of the token a request was authorized with ('' when none): who did it, for the record. */
export function principalName(request: FastifyRequest): string {
  return (request as FastifyRequest & { principal?: { name: string } }).principal?.name ?? '';
}
