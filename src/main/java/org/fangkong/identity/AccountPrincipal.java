package org.fangkong.identity;

import java.util.Collection;
import java.util.List;

import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.Role;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated user as Spring Security holds it; carries the {@link Actor} for the
 * other modules. Its password hash is erased once the login has been checked, so that the
 * session table (issue #18) never holds it.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, CurrentActor.ActorHolder {

	private final Actor actor;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	private final boolean secondFactor;

	AccountPrincipal(Actor actor, String passwordHash, boolean enabled, boolean locked, boolean mustChangePassword,
			boolean secondFactor) {
		this.secondFactor = secondFactor;
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
	}

	@Override
	public Actor actor() {
		return this.actor;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	/** Whether the account signs in with a second factor (AU6). */
	boolean secondFactor() {
		return this.secondFactor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = this.actor.roles()
			.stream()
			.map(Role::authority)
			.map(SimpleGrantedAuthority::new)
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String getUsername() {
		return this.actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && that.actor.userId() == this.actor.userId();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.actor.userId());
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + this.actor.username() + "]";
	}

}
