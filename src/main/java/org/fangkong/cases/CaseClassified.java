package org.fangkong.cases;

import java.time.Instant;

/**
 * A case (病例) was opened or its classification changed (issue #18 item 5): by the
 * investigator's form or by a referral's CONFIRMED or SUSPECTED outcome. Published inside
 * the transaction that records the classification, once per history line; the same
 * classification again publishes nothing. Ids only, like the other public events: who the
 * person is stays behind {@link Cases}.
 *
 * @param caseId the case
 * @param personId the person of the screening records
 * @param gridId the grid (网格) the case belongs to
 * @param classification the classification from now on
 * @param classifiedAt when it was recorded
 */
public record CaseClassified(long caseId, long personId, long gridId, CaseClassification classification,
		Instant classifiedAt) {

}
