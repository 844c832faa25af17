package org.fangkong.portal;

import java.util.List;

import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;

/**
 * The shell's routes: the home page, who the caller is, the API documentation and the
 * error page.
 */
class PortalRoutes implements ModuleRoutes {

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/").signedIn(), RouteCase.get("/api/v1/me").signedIn(),
				// springdoc: the document and the UI need a login (SECURITY.md, issue #9)
				RouteCase.get("/v3/api-docs").signedIn(), RouteCase.get("/v3/api-docs/swagger-config").signedIn(),
				RouteCase.get("/v3/api-docs.yaml").signedIn(), RouteCase.get("/swagger-ui.html").signedIn().expect(302),
				// Boot's error page, open so that any error can be shown; called directly
				// it
				// has no error to show
				RouteCase.any("/error").open().expect(500));
	}

}
