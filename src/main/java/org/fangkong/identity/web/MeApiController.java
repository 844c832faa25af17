package org.fangkong.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.identity.Accounts;
import org.fangkong.shared.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is. */
@RestController
@Tag(name = "Identity", description = "用户 — the caller, their roles, jurisdiction and checkpoints")
class MeApiController {

	private final Accounts accounts;

	MeApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The caller: user name, roles, jurisdiction node and the ids of the checkpoints they serve")
	Accounts.Me me() {
		return this.accounts.me(CurrentActor.get());
	}

}
