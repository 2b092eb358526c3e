import { z } from 'zod';
import { UrlSchema } from './common';

/** GitHub logins and repository names: letters, digits, '-', '_' and '.'. */
const NamePart = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, 'a GitHub owner or repository name');

/** An issue on GitHub: owner/repo#number, and its node id and address when known. */
export const GithubRefInputSchema = z.strictObject({
  owner: NamePart,
  repo: NamePart,
  number: z.number().int().positive().max(10_000_000),
  nodeId: z.string().min(1).max(200).nullable().optional(),
  url: UrlSchema.nullable().optional(),
});
export type GithubRefInput = z.infer<typeof GithubRefInputSchema>;

export const GithubRefSchema = z
  .object({
    owner: z.string(),
    repo: z.string(),
    number: z.number().int(),
    nodeId: z.string().nullable(),
    url: z.string().nullable(),
  })
  .meta({ id: 'GithubRef' });
export type GithubRef = z.infer<typeof GithubRefSchema>;

/** "owner/repo#12": how people and the roadmap's checklists refer to an issue. */
export const GITHUB_REF_PATTERN = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)#(\d+)$/;

export const formatGithubRef = (ref: { owner: string; repo: string; number: number }): string =>
  `${ref.owner}/${ref.repo}#${ref.number}`;
