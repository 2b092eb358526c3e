#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx rodtrad …` works in a checkout without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
