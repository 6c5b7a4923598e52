// What a lookup answers and the rule decides on. On its own so that rule.ts (used by the watch
// index) and match.ts (which reads the watch index) share it without importing each other.

export interface PersonMatch {
  personId: string;
  /** 'profile': same profile identity. 'name': by name only, weaker, and the dialog says so. */
  strength: 'profile' | 'name';
}
