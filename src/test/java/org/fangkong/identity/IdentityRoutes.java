package org.fangkong.identity;

import java.util.List;
import java.util.Set;

import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;

import static org.fangkong.shared.Role.ADMIN;

/**
 * The identity module's routes: the login page, user administration (administrators) and
 * every user's own account. The records: a user made for the matrix (administration) and
 * a token of each demo user (a user revokes only their own).
 */
class IdentityRoutes implements ModuleRoutes {

	static final String PASSWORD = "Matrix-Passwort-2020";

	@Override
	public void prepare(RouteWorld world) {
		Accounts accounts = world.bean(Accounts.class);
		AccessTokens accessTokens = world.bean(AccessTokens.class);
		long city = world.actor("admin").jurisdictionId();
		long user = accounts.create(new Accounts.NewUser(world.unique("matrix-user-"), PASSWORD,
				new Accounts.Assignment("矩阵 测试用户", Set.of(Role.VOLUNTEER), city, null, true)));
		world.records("user").reference(user);
		// each user's own token; the foreign one is the next user's
		List<String> users = List.copyOf(new java.util.TreeSet<>(DemoUsers.ROLES.keySet()));
		List<Long> tokens = new java.util.ArrayList<>();
		for (String username : users) {
			Actor actor = world.actor(username);
			tokens.add(accessTokens.create(actor, world.unique("matrix-"), 1).token().id());
		}
		for (int i = 0; i < users.size(); i++) {
			world.records("token").own(users.get(i), tokens.get(i));
			world.records("token").foreign(users.get(i), tokens.get((i + 1) % users.size()));
		}
		world.records("token").reference(tokens.get(0));
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/login").open(),
				// the code page of a login: without a login waiting for its code, back
				// home
				RouteCase.get("/login/code").signedIn().expect(302),
				RouteCase.post("/login/code").signedIn().param("code", "123456").expect(302),
				// user administration
				RouteCase.get("/admin/users").allow(ADMIN), RouteCase.get("/admin/users/new").allow(ADMIN),
				RouteCase.post("/admin/users/new")
					.allow(ADMIN)
					.param("username", (call) -> call.world().unique("matrix-new-"))
					.param("password", PASSWORD)
					.param("displayName", "矩阵 新用户")
					.param("roles", "VOLUNTEER")
					.param("jurisdictionId", (call) -> call.world().actor("admin").jurisdictionId())
					.param("enabled", "true")
					.expect(302),
				RouteCase.get("/admin/users/{id}").allow(ADMIN).record("user"),
				RouteCase.post("/admin/users/{id}")
					.allow(ADMIN)
					.record("user")
					.param("displayName", "矩阵 测试用户")
					.param("roles", "VOLUNTEER")
					.param("jurisdictionId", (call) -> call.world().actor("admin").jurisdictionId())
					.param("enabled", "true")
					.param("version", (call) -> version(call))
					.expect(302),
				RouteCase.post("/admin/users/{id}/unlock").allow(ADMIN).record("user").expect(302),
				RouteCase.post("/admin/users/{id}/second-factor/remove").allow(ADMIN).record("user").expect(302),
				RouteCase.post("/admin/users/{id}/password")
					.allow(ADMIN)
					.record("user")
					.param("password", PASSWORD + "!")
					.expect(302),
				// the user's own account
				RouteCase.get("/account/password").signedIn(),
				RouteCase.post("/account/password")
					.signedIn()
					.param("currentPassword", "not-the-password")
					.param("newPassword", PASSWORD)
					.param("confirmation", PASSWORD)
					.because("a wrong current password: the form comes back, no demo password changes")
					.expect(200),
				RouteCase.get("/account/second-factor").signedIn(),
				RouteCase.post("/account/second-factor")
					.signedIn()
					.param("code", "000000")
					.because("a wrong code: the set-up page comes back, nothing is enabled")
					.expect(200),
				RouteCase.get("/account/tokens").signedIn(),
				RouteCase.post("/account/tokens")
					.signedIn()
					.param("name", (call) -> call.world().unique("matrix-"))
					.param("validDays", "1")
					.expect(302),
				RouteCase.post("/account/tokens/{id}/revoke").signedIn().record("token").expect(302));
	}

	private static long version(RouteCase.Call call) {
		Accounts accounts = call.world().bean(Accounts.class);
		return accounts.get((long) call.world().records("user").of(null, org.fangkong.support.Scope.OWN).get(0)[0])
			.version();
	}

}
