// LinkedIn's recognisers and probe, registered for www.linkedin.com (sites/registry.ts).
import { registerSite } from '../registry.ts';
import { recogniseConnect } from './connect.ts';
import { recogniseFollowMessage } from './followMessage.ts';
import { linkedinProbe } from './probe.ts';

registerSite('linkedin', { request: recogniseConnect, followMessage: recogniseFollowMessage, probe: linkedinProbe });
