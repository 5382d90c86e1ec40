/**
 * Runs once before any test file: builds the dashboard if its sources changed, so no gateway a
 * test starts sees a half-written dist/ (the build empties it first).
 */
import { buildDashboard } from '../scripts/build-dashboard.js';

export default async function setup(): Promise<void> {
  await buildDashboard({ ifNeeded: true, quiet: true });
}
