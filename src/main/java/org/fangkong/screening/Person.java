package org.fangkong.screening;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.fangkong.shared.IdType;

/**
 * One person, one record (人员主档): unique by ID type and number. Crossings, screenings and
 * daily checks are events that point at it. ID number and phone are encrypted; the keyed
 * hash finds the person again (PR1).
 */
@Entity
@Table(name = "person")
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private IdType idType;

	private String idNumberEnc;

	private String idNumberHash;

	private String idTail4Hash;

	private String idTail6Hash;

	private String phoneHash;

	private String name;

	private String sex;

	private LocalDate birthDate;

	private String phoneEnc;

	private String householdAddress;

	private String currentAddress;

	private long gridId;

	private Long householdId;

	private Long mergedInto;

	private Instant createdAt;

	@Version
	private long version;

	protected Person() {
	}

	Person(String name, long gridId, Long householdId, Instant createdAt) {
		this.name = name;
		this.gridId = gridId;
		this.householdId = householdId;
		this.createdAt = createdAt;
	}

	void identify(IdType type, String encrypted, String hash, String sex, LocalDate birthDate) {
		this.idType = type;
		this.idNumberEnc = encrypted;
		this.idNumberHash = hash;
		if (sex != null) {
			this.sex = sex;
		}
		if (birthDate != null) {
			this.birthDate = birthDate;
		}
	}

	/**
	 * Issue #8 item 7: the keyed hashes the ledger search finds this person by (the last
	 * 4 and 6 characters of the ID number, the phone); a null leaves a hash as it was.
	 */
	void searchableBy(String idTail4Hash, String idTail6Hash, String phoneHash) {
		if (idTail4Hash != null) {
			this.idTail4Hash = idTail4Hash;
		}
		if (idTail6Hash != null) {
			this.idTail6Hash = idTail6Hash;
		}
		if (phoneHash != null) {
			this.phoneHash = phoneHash;
		}
	}

	/** Updates what a new report says; returns whether anything changed. */
	boolean update(String name, String sex, String phoneEnc, String currentAddress, String householdAddress,
			long gridId, Long householdId) {
		boolean changed = false;
		if (name != null && !name.equals(this.name)) {
			this.name = name;
			changed = true;
		}
		if (sex != null && !sex.equals(this.sex)) {
			this.sex = sex;
			changed = true;
		}
		if (phoneEnc != null) {
			this.phoneEnc = phoneEnc;
		}
		if (currentAddress != null && !currentAddress.equals(this.currentAddress)) {
			this.currentAddress = currentAddress;
			changed = true;
		}
		if (householdAddress != null && !householdAddress.equals(this.householdAddress)) {
			this.householdAddress = householdAddress;
			changed = true;
		}
		if (gridId != this.gridId) {
			this.gridId = gridId;
			changed = true;
		}
		if (householdId != null && !householdId.equals(this.householdId)) {
			this.householdId = householdId;
			changed = true;
		}
		return changed;
	}

	/**
	 * This record was a duplicate of {@code survivor}; it keeps its events but is no
	 * longer listed.
	 */
	void mergeInto(long survivor) {
		this.mergedInto = survivor;
		this.idType = null;
		this.idNumberHash = null;
	}

	Long getId() {
		return this.id;
	}

	IdType getIdType() {
		return this.idType;
	}

	String getIdNumberEnc() {
		return this.idNumberEnc;
	}

	String getName() {
		return this.name;
	}

	String getSex() {
		return this.sex;
	}

	LocalDate getBirthDate() {
		return this.birthDate;
	}

	String getPhoneEnc() {
		return this.phoneEnc;
	}

	String getHouseholdAddress() {
		return this.householdAddress;
	}

	String getCurrentAddress() {
		return this.currentAddress;
	}

	long getGridId() {
		return this.gridId;
	}

	Long getHouseholdId() {
		return this.householdId;
	}

	Long getMergedInto() {
		return this.mergedInto;
	}

}
