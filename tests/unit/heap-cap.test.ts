import { readFileSync } from 'node:fs';
import path from 'node:path';
import { API_NODE_FLAGS } from '../../src/server';

const root = path.resolve(__dirname, '..', '..');

/** The API runs with the same V8 flags wherever it starts: npm start, the Docker image, the benchmark (which imports them). */
describe('the API V8 flags (heap cap, young generation)', () => {
  const flags = API_NODE_FLAGS.join(' ');

  it('are the ones npm start uses', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(API_NODE_FLAGS).toContain('--max-old-space-size=256');
    expect(scripts.start).toContain(`node ${flags} dist/index.js`);
  });

  it('are the ones the Docker image uses', () => {
    expect(readFileSync(path.join(root, 'Dockerfile'), 'utf8')).toContain(`CMD [${['node', ...API_NODE_FLAGS, 'dist/index.js'].map((a) => `"${a}"`).join(', ')}]`);
  });
});
