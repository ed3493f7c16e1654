/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built app's Content Security Policy. Scripts only from the app's own files (no inline
 * script, no eval): user text that ever reached HTML still could not run. The run worker is
 * a file of its own ('self'); blob: and data: URLs are for exported images and downloads.
 * Inline styles stay allowed: React, d3 and CodeMirror set style attributes, and a style cannot
 * run code. frame-ancestors only works as a header, so preview sends one too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy in the built index.html as a <meta http-equiv>, so it holds wherever the
 * files are served from. Only for the build: the dev server's hot reload injects inline script.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'taskline-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // Relative asset paths so the built app works from any folder or sub-path.
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  preview: { headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'` } },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    pool: 'threads',
  },
});
