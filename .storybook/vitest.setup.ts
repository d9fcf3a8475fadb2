/**
 * Runs in the browser before the stories' tests: a story that writes to `console.error` fails, with
 * what it wrote, even if it rendered and its `play` function passed.
 */
import { afterEach, beforeEach } from 'vitest';

const logged: string[] = [];
const original = console.error.bind(console);

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

console.error = (...values: unknown[]) => {
  logged.push(values.map(describe).join(' '));
  original(...values);
};

beforeEach(() => {
  logged.length = 0;
});

afterEach(() => {
  if (logged.length === 0) return;
  const lines = logged.splice(0).map((line) => `  • ${line}`);
  throw new Error(`The story wrote ${lines.length} error${lines.length === 1 ? '' : 's'} to the console:\n${lines.join('\n')}`);
});
