/**
 * The property test's batch evaluator lives in simulator/verify/rules.ts, because the
 * simulator's verifier needs exactly this: the rules applied to a complete timeline. It shares
 * nothing with gateway/detect/ (the streaming core under test) but the Policy type.
 */
export { batchEvaluate, evaluateTimeline, type Expected } from '../../simulator/verify/rules.js';
