// How the watch list travels from the worker to the content scripts: its format version, the
// storage key it is published under (core/storageKeys.ts) and the message type of the worker's push to open tabs. In its
// own module so the content script can check the list by hand without bundling the schemas.
export const WATCH_INDEX_VERSION = 1;
export { WATCH_KEY } from './storageKeys.ts';
export const WATCH_PUSH = 'offerFirst:watchIndex';
