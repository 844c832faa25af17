package org.fangkong.identity.web;

import org.fangkong.shared.InvalidInputException;

import org.springframework.validation.BindingResult;

/**
 * Puts a domain validation failure into a form's errors, so that each field shows its own
 * message.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, InvalidInputException ex) {
		for (InvalidInputException.Violation violation : ex.violations()) {
			if (result.getFieldType(violation.field()) != null || hasField(result, violation.field())) {
				result.rejectValue(violation.field(), violation.messageKey(), violation.args(), violation.messageKey());
			}
			else {
				result.reject(violation.messageKey(), violation.args(), violation.messageKey());
			}
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		try {
			result.getFieldValue(field);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
