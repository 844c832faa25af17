package org.fangkong.checkpoint;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A checkpoint (卡点). */
@Entity
@Table(name = "checkpoint")
class Checkpoint {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private CheckpointKind kind;

	private Long parentId;

	private long jurisdictionId;

	private Double latitude;

	private Double longitude;

	private boolean active = true;

	protected Checkpoint() {
	}

	Checkpoint(NewCheckpoint checkpoint) {
		if ((checkpoint.kind() == CheckpointKind.SUB) != (checkpoint.parentId() != null)) {
			throw new IllegalArgumentException("a sub-checkpoint, and only a sub-checkpoint, has a parent");
		}
		this.code = checkpoint.code();
		this.name = checkpoint.name();
		this.kind = checkpoint.kind();
		this.parentId = checkpoint.parentId();
		this.jurisdictionId = checkpoint.jurisdictionId();
		this.latitude = checkpoint.latitude();
		this.longitude = checkpoint.longitude();
	}

	CheckpointView toView() {
		return new CheckpointView(this.id, this.code, this.name, this.kind, this.parentId, this.jurisdictionId,
				this.latitude, this.longitude, this.active);
	}

}
