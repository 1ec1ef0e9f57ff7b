import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_ACCOUNT } from '@marginkit/mock';
import { APIS, type ApiSource } from '../src/apis.js';
import { signRequest } from '../src/site/signing.js';

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = path.join(packageDir, 'dist');
export const resultsDir = path.join(packageDir, 'test-results');
export const repoRoot = path.resolve(packageDir, '..', '..');

export function resultsPath(...parts: string[]): string {
  const file = path.join(resultsDir, ...parts);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

export function apiBySlug(slug: string): ApiSource {
  const api = APIS.find((a) => a.slug === slug);
  if (!api) throw new Error(`no API ${slug}`);
  return api;
}

export interface CallResult {
  readonly status: number;
  readonly text: string;
}

/** Sends a signed request (as the try-it page does) to a mock with the demo credential. */
export async function callMock(
  baseUrl: string,
  api: ApiSource,
  operationId: string,
  params: readonly (readonly [string, string])[],
  credentials: { apiKey: string; apiSecret: string } = DEMO_ACCOUNT,
): Promise<CallResult> {
  const meta = api.operations[operationId];
  if (!meta) throw new Error(`no operation ${api.slug}.${operationId}`);
  const request = await signRequest(
    { method: meta.method, path: meta.path, paramsIn: meta.paramsIn, signed: meta.signed, apiKey: meta.apiKey, params },
    baseUrl,
    credentials,
  );
  const init: RequestInit = { method: request.method, headers: request.headers, signal: AbortSignal.timeout(10_000) };
  if (request.body !== undefined) init.body = request.body;
  const response = await fetch(request.url, init);
  return { status: response.status, text: await response.text() };
}

export interface ShellResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a bash script asynchronously (the mock may live in this process), with a time limit. Standard input is
 * /dev/null: bash would take a socket there for a network login and read ~/.bashrc.
 */
export function runBash(script: string, env: Record<string, string>, timeoutMs = 20_000): Promise<ShellResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
