package org.fangkong.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The pages' Content-Security-Policy (SECURITY.md W2): no inline or evaluated scripts,
 * everything from the platform itself — and images also from the base-map tile server
 * when one is configured ({@code fangkong.map.tile-url}, issue #14 item 3), only from
 * that host. Without one, images come only from the platform and {@code data:}. Read from
 * the property itself, so that this module knows nothing of the map's.
 */
final class ContentSecurityPolicy {

	/** A host with an optional port, or a wildcard for the tile subdomains. */
	private static final Pattern HOST = Pattern.compile("(\\*\\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?");

	private ContentSecurityPolicy() {
	}

	/** The policy for a tile URL template ({@code {s}}, {@code {z}}, {@code {x}} …). */
	static String forTileUrl(String tileUrl) {
		String tiles = tileSource(tileUrl);
		return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"
				+ ((tiles != null) ? " " + tiles : "") + "; connect-src 'self'; font-src 'self' data:; "
				+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
	}

	/**
	 * The source expression of the tile server: scheme and host of an absolute
	 * {@code http(s)} template, a {@code {s}} subdomain as {@code *.}; null for none, a
	 * relative template (the platform's own host) or anything that is no plain host.
	 */
	static String tileSource(String tileUrl) {
		if (tileUrl == null) {
			return null;
		}
		String url = tileUrl.strip();
		int colon = url.indexOf("://");
		if (colon < 0) {
			return null;
		}
		String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			return null;
		}
		String rest = url.substring(colon + 3);
		int slash = rest.indexOf('/');
		String host = ((slash < 0) ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
		if (host.contains("@")) {
			return null;
		}
		int brace = host.lastIndexOf('}');
		if (brace >= 0) {
			// {s}.tile.example.org, a{s}.example.org: any subdomain of what follows
			int dot = host.indexOf('.', brace);
			host = (dot < 0) ? "" : "*" + host.substring(dot);
		}
		return HOST.matcher(host).matches() ? scheme + "://" + host : null;
	}

}
