package org.fangkong.shared;

/**
 * The roles of the platform (SYSTEM.md, "Who uses it"). A user may hold several. Data
 * scope is not part of the role: it follows the user's jurisdiction node (own node and
 * below).
 */
public enum Role {

	/** 指挥部领导: everything; approves releases, dispatches teams. */
	COMMANDER,
	/** 专项工作组工作人员: the modules of their working group. */
	HQ_STAFF,
	/** 乡镇干部: everything inside their township. */
	TOWNSHIP_OFFICER,
	/** 网格员 / 村干部: screening and follow-up in their own village or community. */
	GRID_WORKER,
	/** 卡点值守人员: registrations at the checkpoints they are bound to. */
	CHECKPOINT_CREW,
	/** 医务人员: referrals, observation wards, outcomes. */
	MEDIC,
	/** 热线接线员: calls and the answer knowledge base. */
	HOTLINE_OPERATOR,
	/** 宣传干部: drafts of releases, public-opinion incidents. */
	PUBLICITY_OFFICER,
	/** 志愿者: their own assignments. */
	VOLUNTEER,
	/** 系统管理员: users, roles, hierarchy, configuration. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Whether this role needs full personal identifiers (ID numbers, phones) in its work.
	 * Roles that do not see them masked in HTML, JSON and exports alike (SECURITY.md
	 * AC5).
	 */
	public boolean needsFullIdentifiers() {
		return switch (this) {
			case COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER, MEDIC, ADMIN -> true;
			case CHECKPOINT_CREW, HOTLINE_OPERATOR, PUBLICITY_OFFICER, VOLUNTEER -> false;
		};
	}

}
