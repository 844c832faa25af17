package org.fangkong.hotline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The answer knowledge base (答复口径库, issue #12 item 3): what operators read out, searched
 * in Chinese while on a call through {@link AnswerIndex}, not by {@code LIKE '%…%'} over
 * the table.
 */
@Service
@Transactional(readOnly = true)
public class HotlineAnswers {

	/** How many answers a search returns at most. */
	static final int LIMIT = 10;

	private final HotlineAnswerRepository answers;

	private final AnswerIndex index;

	private final Clock clock;

	HotlineAnswers(HotlineAnswerRepository answers, AnswerIndex index, Clock clock) {
		this.answers = answers;
		this.index = index;
		this.clock = clock;
	}

	/**
	 * The answers that match {@code q} (words and phrases in Chinese, or any text), best
	 * first; without a query, the first answers by id.
	 */
	public List<AnswerView> search(Actor actor, String q) {
		HotlineCalls.requireReader(actor);
		if (q == null || q.isBlank()) {
			return this.answers.findAll(org.springframework.data.domain.PageRequest.of(0, LIMIT))
				.stream()
				.map(HotlineAnswer::toView)
				.toList();
		}
		List<Long> ids = this.index.search(q.strip(), LIMIT);
		Map<Long, HotlineAnswer> found = this.answers.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(HotlineAnswer::getId, Function.identity()));
		List<AnswerView> views = new ArrayList<>();
		ids.stream().map(found::get).filter(java.util.Objects::nonNull).forEach((a) -> views.add(a.toView()));
		return views;
	}

	/** Adds an answer (operators and commanders); it is searchable once committed. */
	@Transactional
	public AnswerView add(Actor actor, NewAnswer answer) {
		if (!actor.hasAny(Role.HOTLINE_OPERATOR, Role.COMMANDER)) {
			throw new ForbiddenException("only the hotline and commanders add answers");
		}
		return save(answer, actor.username(), false);
	}

	AnswerView save(NewAnswer answer, String by, boolean demo) {
		if (answer == null || answer.question() == null || answer.question().isBlank()) {
			throw InvalidInputException.of("question", "validation.required");
		}
		if (answer.answer() == null || answer.answer().isBlank()) {
			throw InvalidInputException.of("answer", "validation.required");
		}
		if (answer.question().length() > 300 || answer.answer().length() > 4000) {
			throw InvalidInputException.of("answer", "hotline.tooLong");
		}
		HotlineAnswer saved = this.answers.save(new HotlineAnswer(
				(answer.category() != null) ? answer.category() : CallCategory.OTHER, answer.question().strip(),
				answer.answer().strip(), answer.keywords(), Instant.now(this.clock), by, demo));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					HotlineAnswers.this.index.put(saved);
				}
			});
		}
		else {
			this.index.put(saved);
		}
		return saved.toView();
	}

	/** An answer to add. */
	public record NewAnswer(CallCategory category, String question, String answer, String keywords) {

	}

	/** An answer of the knowledge base. */
	public record AnswerView(long id, CallCategory category, String question, String answer, String keywords) {

	}

}
