#!/usr/bin/env node
// Runs the TypeScript CLI in place (no build step), so `npx kg` works in a fresh checkout.
import { register } from 'tsx/esm/api';

// graphql-js checks every type test against other copies of itself unless NODE_ENV is production (a fifth of a
// lookup's CPU time under load); NODE_ENV=development keeps those checks and shows stack traces in API errors.
process.env.NODE_ENV ??= 'production';
register();
await import('../src/cli.ts');
