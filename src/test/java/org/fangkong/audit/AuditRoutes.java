package org.fangkong.audit;

import java.util.List;

import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;

import static org.fangkong.shared.Role.ADMIN;

/** The audit trail page, for administrators (SECURITY.md AL1). */
class AuditRoutes implements ModuleRoutes {

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/admin/audit").allow(ADMIN));
	}

}
