package org.fangkong.screening;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fever on the daily check of someone under a measure: referred like a checkpoint fever
 * (R-CP-5). Ids only; the medical side reads the person through
 * {@link CheckSubjects#subjectOfCheck(long)}.
 */
public record FeverReported(long checkId, long screeningId, long gridId, BigDecimal temperature, Instant checkedAt) {

}
