import type { FastifyRequest } from 'fastify';
import { AppError } from '../../services/shared/app-error';
import type { Authenticated } from './authenticate';

/** The signed-in user of a route whose policy requires one (the access hook has made sure). */
export function signedInUser(request: FastifyRequest): Authenticated['user'] {
  if (!request.auth) throw new AppError('unauthorised', 'sign in first');
  return request.auth.user;
}

export function signedIn(request: FastifyRequest): Authenticated {
  if (!request.auth) throw new AppError('unauthorised', 'sign in first');
  return request.auth;
}
