package org.fangkong.screening;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.fangkong.jurisdiction.NodeKind;

/** R-GRID-2: for one person, another cadre than the chain's at one level. */
@Entity
@Table(name = "screening_responsible")
@IdClass(ResponsibleOverride.Key.class)
class ResponsibleOverride {

	@Id
	private long screeningId;

	@Id
	@Enumerated(EnumType.STRING)
	private NodeKind level;

	private String name;

	private String title;

	private String phone;

	protected ResponsibleOverride() {
	}

	ResponsibleOverride(long screeningId, NodeKind level, String name, String title, String phone) {
		this.screeningId = screeningId;
		this.level = level;
		this.name = name;
		this.title = title;
		this.phone = phone;
	}

	long getScreeningId() {
		return this.screeningId;
	}

	NodeKind getLevel() {
		return this.level;
	}

	String getName() {
		return this.name;
	}

	String getTitle() {
		return this.title;
	}

	String getPhone() {
		return this.phone;
	}

	static class Key implements Serializable {

		private long screeningId;

		private NodeKind level;

		Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.screeningId == this.screeningId && key.level == this.level;
		}

		@Override
		public int hashCode() {
			return Long.hashCode(this.screeningId) * 31 + ((this.level != null) ? this.level.hashCode() : 0);
		}

	}

}
