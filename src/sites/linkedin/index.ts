// LinkedIn's recognisers, registered for www.linkedin.com (sites/registry.ts).
import { registerSite } from '../registry.ts';
import { recogniseConnect } from './connect.ts';
import { recogniseFollowMessage } from './followMessage.ts';
import { controls } from './selectors.ts';

registerSite('linkedin', { request: recogniseConnect, followMessage: recogniseFollowMessage, controls });
