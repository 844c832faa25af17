package org.fangkong.notice;

import java.util.List;

/**
 * A notice as the HQ writes it: title, text, urgency, and its addressees, jurisdiction
 * nodes and/or work units.
 */
public record NewNotice(String title, String text, Urgency urgency, List<Long> jurisdictionIds, List<Long> unitIds) {

}
