import { execFileSync } from 'node:child_process';

/** Builds the app, the single file and the CLI once for every test of this project. */
export default function setup(): void {
  try {
    // Vitest sets NODE_ENV=test, which would make Vite build the app for development.
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync('npm', ['run', 'build'], { stdio: 'pipe', encoding: 'utf8', env });
  } catch (err) {
    const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${stdout}\n${stderr}`);
  }
}
