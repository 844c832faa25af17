package org.fangkong.hotline;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One answer of the knowledge base (答复口径): a question, the answer to read out, keywords.
 */
@Entity
@Table(name = "hotline_answer")
class HotlineAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private CallCategory category;

	private String question;

	private String answer;

	private String keywords;

	private Instant updatedAt;

	private String updatedBy;

	private boolean demo;

	protected HotlineAnswer() {
	}

	HotlineAnswer(CallCategory category, String question, String answer, String keywords, Instant at, String by,
			boolean demo) {
		this.category = category;
		this.question = question;
		this.answer = answer;
		this.keywords = keywords;
		this.updatedAt = at;
		this.updatedBy = by;
		this.demo = demo;
	}

	Long getId() {
		return this.id;
	}

	CallCategory getCategory() {
		return this.category;
	}

	String getQuestion() {
		return this.question;
	}

	String getAnswer() {
		return this.answer;
	}

	String getKeywords() {
		return this.keywords;
	}

	HotlineAnswers.AnswerView toView() {
		return new HotlineAnswers.AnswerView(this.id, this.category, this.question, this.answer, this.keywords);
	}

}
