package org.fangkong.hotline;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds answers to the knowledge base without an acting user, for the demo data. Only the
 * modules allowed the {@code seeding} interface (demo) may call it.
 */
@Service
@NamedInterface("seeding")
@Transactional
public class HotlineSeeding {

	private final HotlineAnswers answers;

	private final HotlineAnswerRepository repository;

	HotlineSeeding(HotlineAnswers answers, HotlineAnswerRepository repository) {
		this.answers = answers;
		this.repository = repository;
	}

	/** Whether the knowledge base holds any answer (the demo loads them once). */
	@Transactional(readOnly = true)
	public boolean hasAnswers() {
		return this.repository.count() > 0;
	}

	/** Adds an answer marked as demo data. */
	public void addAnswer(HotlineAnswers.NewAnswer answer) {
		this.answers.save(answer, "system", true);
	}

}
