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
				// springdoc: the document is public, the UI needs a login (and forwards)
				RouteCase.get("/v3/api-docs").open(), RouteCase.get("/v3/api-docs/swagger-config").open(),
				RouteCase.get("/v3/api-docs.yaml")
					.because("no route rule names it: denied to everyone (deny by default)"),
				RouteCase.get("/swagger-ui.html").signedIn().expect(302),
				// Boot's error page, open so that any error can be shown; called directly
				// it
				// has no error to show
				RouteCase.any("/error").open().expect(500));
	}

}
