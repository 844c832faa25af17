package org.fangkong.audit.web;

import java.util.List;

import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.*;

/** The audit trail page (SECURITY.md AL1) for administrators. */
@Component
class AuditPlatform implements RouteContributor, NavigationContributor {

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/admin/audit/**", ADMIN));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.admin("admin", "nav.admin.audit", "/admin/audit", 20));
	}

}
