package org.fangkong.shared.platform;

import java.util.List;

/**
 * The security rules of a module's page routes. The JSON API under {@code /api/**} needs
 * a signed-in caller and leaves the rest to the module's services (403 or 404), so only
 * pages are declared here.
 */
public interface RouteContributor {

	List<RouteRule> routes();

}
