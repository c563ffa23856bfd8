/** The real content's first topic, as the app loads it (getLibrary reads ./questions). */
import { getLibrary } from '../../src/lib/server/content';

export const TOPIC = 'us-venezuela-2019-2025';
export const topic = getLibrary().topicById.get(TOPIC)!;
export const catalog = topic.catalog;
