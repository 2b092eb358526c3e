/**
 * What "own" means for each action with an `own` grant. Pure: the caller loads the facts.
 * A person's drafts are initiatives they submitted or own that have not left the first phase.
 */
export interface Principal {
  /** The person in the organisation the account is linked to; nothing is "own" without one. */
  personId: string | null;
  teamIds: readonly string[];
  productIds: readonly string[];
}

/** An initiative's people: who owns, submitted and is responsible for it. */
export interface InitiativePeople {
  ownerId: string | null;
  submitterId: string | null;
  responsibleId: string | null;
}

export interface InitiativeFacts extends InitiativePeople {
  phase: string;
  firstPhase: string;
}

const isMe = (principal: Principal, id: string | null) =>
  principal.personId !== null && id === principal.personId;

/** Contributors edit their own drafts: initiatives they submitted or own, still in the first phase. */
export const isOwnDraft = (principal: Principal, initiative: InitiativeFacts): boolean =>
  initiative.phase === initiative.firstPhase &&
  (isMe(principal, initiative.submitterId) || isMe(principal, initiative.ownerId));

/** Status updates are written by the initiative's owner, submitter or responsible. */
export const isOwnInitiative = (principal: Principal, initiative: InitiativePeople): boolean =>
  isMe(principal, initiative.ownerId) ||
  isMe(principal, initiative.submitterId) ||
  isMe(principal, initiative.responsibleId);

/** A product owner's roadmap elements are those of the products their teams own or their groups hold. */
export const isOwnProduct = (principal: Principal, productId: string | null): boolean =>
  productId !== null && principal.productIds.includes(productId);

/** A team lead's epics and issues are those of their teams. */
export const isOwnTeam = (principal: Principal, teamId: string | null): boolean =>
  teamId !== null && principal.teamIds.includes(teamId);
