/**
 * URLs from before topics (/explainers/…, /quiz…, /timeline, /who, /sources…) live on in
 * bookmarks, QR codes and printed handouts. They answer 308 (permanent, and a POST stays a POST,
 * so a no-JS quiz form posted from an old page still lands) to the same page of the first topic.
 */
import { LEGACY_TOPIC } from '../../legacy';
import { topicHref } from '../../links';

const OLD = /^\/(?:explainers|quiz|timeline|who|sources)(?:\/|$)/;

/** Where an old URL lives now (path, query and all), or null for any other URL. */
export function legacyLocation(url: URL): string | null {
	if (!OLD.test(url.pathname)) return null;
	return `${topicHref(LEGACY_TOPIC, url.pathname)}${url.search}`;
}

export function legacyRedirect(url: URL): Response | null {
	const location = legacyLocation(url);
	return location ? new Response(null, { status: 308, headers: { location } }) : null;
}
