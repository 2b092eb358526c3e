import type { FastifyRequest } from 'fastify';
import { AppError } from '../../services/shared/app-error';
import type { Authenticated } from './authenticate';

/** Who signed in, on a route whose policy requires it (the access hook has made sure). */
export function signedIn(request: FastifyRequest): Authenticated {
  if (!request.auth) throw new AppError('unauthorised', 'sign in first');
  return request.auth;
}
