import { execute, GraphQLError, Kind, OperationTypeNode, parse, validate } from 'graphql';
import type {
  DocumentNode,
  ExecutionResult,
  GraphQLFieldResolver,
  GraphQLTypeResolver,
  OperationDefinitionNode,
} from 'graphql';
import { countRoute } from './fake-stats';
import { githubGraphqlSchema } from './graphql-schema';
import { mutationRoot, queryRoot } from './graphql-root';
import { faultWire, jsonWire } from './wire-answer';
import type { AppAuth } from './app-auth';
import type { FaultInjector } from './fault-injector';
import type { FakeState } from './fake-state';
import type { FakeStats } from './fake-stats';
import type { FakeUrls } from './fake-urls';
import type { GqlContext, Source } from './graphql-sources';
import type { RateLimiter } from './rate-limiter';
import type { WireAnswer } from './wire-answer';

export interface GraphqlViolation {
  query: string;
  variables: unknown;
  errors: string[];
}

export interface GraphqlHandlerDeps {
  state: FakeState;
  urls: FakeUrls;
  auth: AppAuth;
  rateLimiter: RateLimiter;
  faults: FaultInjector;
  stats: () => FakeStats;
  violations: GraphqlViolation[];
}

const DOCS = 'https://docs.github.com/graphql';

/**
 * Resolves a field from GitHub-shaped sources: a property, or a function for fields with arguments.
 * A field the fake does not model is an error naming it, not a silent null.
 */
const fieldResolver: GraphQLFieldResolver<Source, unknown> = (source, args, context, info) => {
  if (!(info.fieldName in source)) {
    throw new GraphQLError(`The fake GitHub does not implement ${info.parentType.name}.${info.fieldName}.`);
  }
  const value = source[info.fieldName];
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown)(args, context, info) : value;
};

const typeResolver: GraphQLTypeResolver<Source, unknown> = (value) => value.__typename as string;

function operationOf(document: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return name ? operations.find((operation) => operation.name?.value === name) : operations[0];
}

/**
 * GitHub's GraphQL endpoint over the fake's state: the document is parsed and validated against
 * GitHub's public schema (an invalid one is answered as GitHub does, 200 with errors, and recorded),
 * then executed. Each request spends one point of the graphql budget.
 */
export async function handleGraphql(
  deps: GraphqlHandlerDeps,
  incoming: { headers: Record<string, string | string[] | undefined>; bodyText: string; requestId: string },
): Promise<WireAnswer> {
  const stats = deps.stats();
  countRoute(stats, 'POST /graphql');
  const base = { 'x-github-request-id': incoming.requestId };
  const rate = () => deps.rateLimiter.headers('graphql');
  const fault = deps.faults.take('POST', '/graphql', '/graphql');
  if (fault) return faultWire(fault, incoming.requestId, { ...base, ...rate() });

  const authorization = incoming.headers.authorization;
  const identity = deps.auth.identify(Array.isArray(authorization) ? authorization[0] : authorization);
  if (identity.kind === 'invalid')
    return jsonWire(401, { message: identity.message, documentation_url: DOCS }, { ...base, ...rate() });
  if (identity.kind === 'anonymous' || identity.kind === 'app-jwt') {
    return jsonWire(
      401,
      { message: 'This endpoint requires you to be authenticated.', documentation_url: DOCS },
      { ...base, ...rate() },
    );
  }
  if (deps.rateLimiter.exhausted('graphql')) {
    const who =
      identity.kind === 'installation' ? `installation ID ${identity.installation.id}` : 'this token';
    return jsonWire(
      200,
      { errors: [{ type: 'RATE_LIMITED', message: `API rate limit already exceeded for ${who}.` }] },
      { ...base, ...rate() },
    );
  }
  deps.rateLimiter.take('graphql');
  stats.counted += 1;

  let request: { query?: unknown; variables?: unknown; operationName?: unknown };
  try {
    request = JSON.parse(incoming.bodyText) as typeof request;
  } catch {
    // GitHub's answer to a body that is not JSON; the parse error adds nothing for the caller.
    return jsonWire(
      400,
      { message: 'Problems parsing JSON', documentation_url: DOCS },
      { ...base, ...rate() },
    );
  }
  const answer = (body: unknown) => jsonWire(200, body, { ...base, ...rate() });
  const query = request.query;
  const variables = (request.variables ?? {}) as Record<string, unknown>;
  const refuse = (errors: ReadonlyArray<{ message: string; locations?: unknown }>) => {
    deps.violations.push({ query: String(query), variables, errors: errors.map((error) => error.message) });
    return answer({
      errors: errors.map((error) => ({ message: error.message, locations: error.locations })),
    });
  };
  if (typeof query !== 'string')
    return refuse([{ message: 'A query attribute must be specified and must be a string.' }]);

  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    if (error instanceof GraphQLError) return refuse([error]);
    throw error;
  }
  const schema = githubGraphqlSchema();
  const invalid = validate(schema, document);
  if (invalid.length > 0) return refuse(invalid);

  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
  const operation = operationOf(document, operationName);
  const actor = identity.kind === 'installation' ? deps.state.appActor : deps.state.tokenActor;
  const context: GqlContext = {
    state: deps.state,
    urls: deps.urls,
    rateLimiter: deps.rateLimiter,
    actor,
    extraErrors: [],
  };
  const rootValue =
    operation?.operation === OperationTypeNode.MUTATION ? mutationRoot(context) : queryRoot(context);
  const result: ExecutionResult = await execute({
    schema,
    document,
    rootValue,
    contextValue: context,
    variableValues: variables,
    operationName,
    fieldResolver,
    typeResolver,
  });
  if (result.data === undefined && result.errors) return refuse(result.errors);
  const errors = [...(result.errors ?? []).map((error) => error.toJSON()), ...context.extraErrors];
  if (operation?.operation === OperationTypeNode.MUTATION && errors.length === 0) stats.writes += 1;
  return answer(errors.length > 0 ? { data: result.data, errors } : { data: result.data });
}
