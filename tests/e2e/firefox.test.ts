// The shared scenarios in real Firefox ESR with dist/firefox installed as a temporary add-on.
import { describe } from 'vitest';
import { launchFirefox } from './support/firefox.ts';
import { runDetectionScenarios } from './support/detection-scenarios.ts';
import { runScenarios } from './support/scenarios.ts';

describe('Firefox', () => {
  runScenarios(launchFirefox);
  runDetectionScenarios(launchFirefox);
});
