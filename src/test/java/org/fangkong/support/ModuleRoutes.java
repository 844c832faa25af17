package org.fangkong.support;

import java.util.List;

/**
 * A module's rows of the role × route security matrix (SECURITY.md AC8): for every route
 * the module maps, who may call it and with which record. Each module's tests declare one
 * implementation (a class with a no-argument constructor anywhere under
 * {@code org.fangkong}); {@code portal.RouteMatrixTests} finds them all, fails when a
 * mapped route has no case or two, and sends every case for every demo user.
 */
public interface ModuleRoutes {

	/** The routes' expectations. */
	List<RouteCase> routes();

	/**
	 * Creates the records the cases address (through the services or the API), once per
	 * run, and names them in {@link RouteWorld#records(String)}.
	 */
	default void prepare(RouteWorld world) throws Exception {
	}

}
