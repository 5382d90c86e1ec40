/** One error shape for the whole API: { error: { code, message } }, code from gateway/errors.ts. */
import type { FastifyReply } from 'fastify';
import type { ErrorCode } from '../errors.js';

export interface ApiError {
  error: { code: ErrorCode; message: string };
}

export function sendError(reply: FastifyReply, status: number, code: ErrorCode, message: string): FastifyReply {
  return reply.code(status).send({ error: { code, message } } satisfies ApiError);
}

export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
} as const;
