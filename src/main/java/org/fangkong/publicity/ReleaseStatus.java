package org.fangkong.publicity;

/**
 * The steps of a release (R-PUB-2): a draft is submitted for approval, a commander
 * approves it (only then is it public) or rejects it with reasons, and a rejected release
 * is revised into a draft again.
 */
public enum ReleaseStatus {

	DRAFT, SUBMITTED, APPROVED, REJECTED;

	/** Whether the author may still change the text and channels. */
	public boolean editable() {
		return this == DRAFT || this == REJECTED;
	}

}
