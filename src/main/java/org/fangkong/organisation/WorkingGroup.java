package org.fangkong.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A special working group of the HQ (专项工作组). */
@Entity
@Table(name = "working_group")
class WorkingGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "hq_id")
	private CommandHq hq;

	private String code;

	private String nameZh;

	private String nameEn;

	private String leaderName;

	private String leaderTitle;

	protected WorkingGroup() {
	}

	WorkingGroup(CommandHq hq, String code, String nameZh, String nameEn, String leaderName, String leaderTitle) {
		this.hq = hq;
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.leaderName = leaderName;
		this.leaderTitle = leaderTitle;
	}

	Long getId() {
		return this.id;
	}

	Organisation.WorkingGroupView toView(long staffCount) {
		return new Organisation.WorkingGroupView(this.id, this.code, this.nameZh, this.nameEn, this.leaderName,
				this.leaderTitle, staffCount);
	}

}
