// `webextension-polyfill` in unit tests: an in-memory implementation of the extension APIs.
import { fakeBrowser } from '@webext-core/fake-browser';

export default fakeBrowser;
