package org.fangkong.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member of a working group's staff (工作人员), drawn from a unit. */
@Entity
@Table(name = "staff_member")
class StaffMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "working_group_id")
	private WorkingGroup workingGroup;

	private String name;

	private String position;

	private String phone;

	private String unitName;

	protected StaffMember() {
	}

	StaffMember(WorkingGroup workingGroup, String name, String position, String phone, String unitName) {
		this.workingGroup = workingGroup;
		this.name = name;
		this.position = position;
		this.phone = phone;
		this.unitName = unitName;
	}

	Organisation.StaffView toView() {
		return new Organisation.StaffView(this.id, this.name, this.position, this.phone, this.unitName);
	}

}
