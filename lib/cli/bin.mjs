#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so `npx icp-lens` works straight after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
