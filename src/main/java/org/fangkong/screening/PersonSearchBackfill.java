package org.fangkong.screening;

import java.util.List;

import org.fangkong.shared.PersonalDataProtection;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #8 item 7: fills in the search hashes of the persons stored before migration
 * V1_7_7 (the last 4 and 6 characters of the ID number, the phone), a batch per
 * transaction at startup. Idempotent: it only reads rows whose hash is missing, so a
 * second start, or a start after a crash half-way, finds nothing or the rest.
 */
@Component
@Order(0)
class PersonSearchBackfill implements ApplicationRunner {

	static final int BATCH = 500;

	private final PersonRepository persons;

	private final PersonalDataProtection protection;

	private final TransactionTemplate transactions;

	PersonSearchBackfill(PersonRepository persons, PersonalDataProtection protection,
			PlatformTransactionManager transactionManager) {
		this.persons = persons;
		this.protection = protection;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		backfill();
	}

	/** Hashes every person still without search hashes; answers how many. */
	int backfill() {
		int done = 0;
		long after = 0;
		while (true) {
			long from = after;
			List<Long> batch = this.transactions.execute((status) -> {
				List<Person> missing = this.persons.findMissingSearchHashes(from, PageRequest.of(0, BATCH));
				for (Person person : missing) {
					LedgerSearch.index(person, this.protection.decrypt(person.getIdNumberEnc()),
							this.protection.decrypt(person.getPhoneEnc()), this.protection::lookupHash);
				}
				return missing.stream().map(Person::getId).toList();
			});
			if (batch == null || batch.isEmpty()) {
				return done;
			}
			done += batch.size();
			after = batch.get(batch.size() - 1);
		}
	}

}
