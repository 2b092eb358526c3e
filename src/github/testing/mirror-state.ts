import type { Database } from '../../services/store-lifecycle';

/**
 * What an organisation mirrors of GitHub, by GitHub address instead of id, sorted: two organisations
 * that imported the same GitHub by different paths have equal states when they agree.
 */
export async function mirrorState(database: Database, orgId: string) {
  const initiatives = await database.query(
    `SELECT s.owner || '/' || s.repo || '#' || s.number AS ref, i.key, i.title, i.phase, i.problem_statement,
            i.description, i.person_months_total, i.okrs, round(r.progress::numeric, 4) AS progress
     FROM github_initiative_sources s
     JOIN initiatives i ON i.org_id = s.org_id AND i.id = s.initiative_id
     LEFT JOIN rollups r ON r.node_id = i.id
     WHERE s.org_id = $1 ORDER BY ref`,
    [orgId],
  );
  const elements = await database.query(
    `SELECT e.github_owner || '/' || e.github_repo || '#' || e.github_number AS ref, e.title, e.status,
            e.state, e.state_reason, e.start_on::text, e.end_on::text, e.estimate_person_weeks, e.milestone,
            e.labels, p.slug AS product, e.overview, e.expected_result, e.how_it_works,
            round(r.progress::numeric, 4) AS progress, r.delivered,
            (SELECT string_agg(d.github_owner || '/' || d.github_repo || '#' || d.github_number, ',' ORDER BY d.github_number)
               FROM roadmap_element_dependencies x JOIN roadmap_elements d ON d.org_id = x.org_id AND d.id = x.depends_on_id
               WHERE x.org_id = e.org_id AND x.element_id = e.id) AS depends_on,
            (SELECT string_agg(i.key, ',' ORDER BY i.key)
               FROM roadmap_element_initiatives x JOIN initiatives i ON i.org_id = x.org_id AND i.id = x.initiative_id
               WHERE x.org_id = e.org_id AND x.element_id = e.id) AS initiatives,
            (SELECT string_agg(b.github_owner || '/' || b.github_repo || '#' || b.github_number, ',' ORDER BY b.github_owner, b.github_repo, b.github_number)
               FROM epic_roadmap_elements x JOIN backlog_items b ON b.org_id = x.org_id AND b.id = x.epic_id
               WHERE x.org_id = e.org_id AND x.element_id = e.id) AS epics
     FROM roadmap_elements e
     LEFT JOIN products p ON p.org_id = e.org_id AND p.id = e.product_id
     LEFT JOIN rollups r ON r.node_id = e.id
     WHERE e.org_id = $1 ORDER BY ref`,
    [orgId],
  );
  const items = await database.query(
    `SELECT b.github_owner || '/' || b.github_repo || '#' || b.github_number AS ref, b.kind, b.title, b.state,
            b.state_reason, b.labels, b.issue_type, t.slug AS team,
            p.github_owner || '/' || p.github_repo || '#' || p.github_number AS parent,
            round(r.progress::numeric, 4) AS progress
     FROM backlog_items b
     LEFT JOIN backlog_items p ON p.org_id = b.org_id AND p.id = b.parent_id
     LEFT JOIN teams t ON t.org_id = b.org_id AND t.id = b.team_id
     LEFT JOIN rollups r ON r.node_id = b.id
     WHERE b.org_id = $1 ORDER BY ref`,
    [orgId],
  );
  return { initiatives, elements, items };
}
