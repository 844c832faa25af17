package org.fangkong.organisation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The command HQ (疫情防控工作指挥部). */
@Entity
@Table(name = "command_hq")
class CommandHq {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private long jurisdictionId;

	private LocalDate establishedOn;

	protected CommandHq() {
	}

	CommandHq(String name, long jurisdictionId, LocalDate establishedOn) {
		this.name = name;
		this.jurisdictionId = jurisdictionId;
		this.establishedOn = establishedOn;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	long getJurisdictionId() {
		return this.jurisdictionId;
	}

	LocalDate getEstablishedOn() {
		return this.establishedOn;
	}

}
