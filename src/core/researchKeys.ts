// The research checklist's items, in the order they are shown and stored. Kept apart from
// research.ts (which builds the dialog's links) so the stored shape (schema.ts) and the pages
// can name the items without the rest.
export const RESEARCH_KEYS = ['role', 'company', 'posts', 'connections', 'notes'] as const;
export type ResearchKey = (typeof RESEARCH_KEYS)[number];
