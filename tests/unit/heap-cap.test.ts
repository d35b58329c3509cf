import { readFileSync } from 'node:fs';
import path from 'node:path';
import { API_MAX_OLD_SPACE_MB } from '../../src/server';

const root = path.resolve(__dirname, '..', '..');

/** The API runs with one heap cap wherever it starts: npm start, the Docker image, the benchmark (which imports it). */
describe('the API heap cap', () => {
  const flag = `--max-old-space-size=${API_MAX_OLD_SPACE_MB}`;

  it('is the one npm start uses', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toContain(`node ${flag} dist/index.js`);
  });

  it('is the one the Docker image uses', () => {
    expect(readFileSync(path.join(root, 'Dockerfile'), 'utf8')).toContain(`CMD ["node", "${flag}", "dist/index.js"]`);
  });
});
