package org.fangkong.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A work unit (单位): a department, hospital or company. */
@Entity
@Table(name = "work_unit")
class WorkUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String kind;

	protected WorkUnit() {
	}

	WorkUnit(String code, String name, String kind) {
		this.code = code;
		this.name = name;
		this.kind = kind;
	}

	Organisation.WorkUnitView toView() {
		return new Organisation.WorkUnitView(this.id, this.code, this.name, this.kind);
	}

}
