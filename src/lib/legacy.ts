/**
 * Before topics, everything belonged to one topic. Old URLs redirect to it, progress logged
 * without a topic is its progress, and live sessions stored before topics ask its questions.
 * Browser-safe.
 */
export const LEGACY_TOPIC = 'us-venezuela-2019-2025';
