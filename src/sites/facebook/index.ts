// Facebook's recognisers, registered for its www., web., m. and mbasic. hosts (sites/registry.ts).
import { registerSite } from '../registry.ts';
import { recogniseAddFriend } from './addFriend.ts';
import { recogniseFollowMessage } from './followMessage.ts';
import { controls } from './selectors.ts';

registerSite('facebook', { request: recogniseAddFriend, followMessage: recogniseFollowMessage, controls });
