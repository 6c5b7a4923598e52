// The shared scenarios in real Chromium with dist/chrome loaded.
import { describe } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { runDetectionScenarios } from './support/detection-scenarios.ts';
import { runScenarios } from './support/scenarios.ts';

describe('Chromium', () => {
  runScenarios(launchChromium);
  runDetectionScenarios(launchChromium);
});
