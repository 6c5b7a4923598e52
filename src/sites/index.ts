// Every site, registered: for tests, benchmarks and anything that needs both. The content
// scripts load one site each (src/content/linkedin.ts, facebook.ts). A new site is a new
// folder, one line here and one content script entry.
import './linkedin/index.ts';
import './facebook/index.ts';

export { probeFor } from './probes.ts';
export { controlsFor, recognisersFor, siteOf, type RecogniserOptions } from './registry.ts';
