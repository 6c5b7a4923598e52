// The toolbar badge a tab gets when protection may not work on its page (a watched profile
// whose layout was not recognised). Shared by the worker, which sets it, and the popup, which
// explains it: the notice lives outside the page (docs/SECURITY.md).
export const MISS_BADGE = '!';
