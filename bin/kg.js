#!/usr/bin/env node
// Runs the TypeScript CLI in place (no build step), so `npx kg` works in a fresh checkout.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
