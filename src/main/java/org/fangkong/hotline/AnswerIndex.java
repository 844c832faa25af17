package org.fangkong.hotline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The full-text index of the answer knowledge base (issue #12 item 3): an in-memory
 * Apache Lucene index, the same on H2 and PostgreSQL, rebuilt from {@code hotline_answer}
 * at start-up and updated on every change. The table is the only truth: every node of a
 * cluster holds its own index and compares the table's fingerprint (count, highest id,
 * latest change) with the one it was built from every
 * {@code fangkong.hotline.index-check-every} (30 s), rebuilding when another node changed
 * the table. Each answer's question, answer and keywords are indexed twice: as words cut
 * by the smart Chinese analyser (发热 / 门诊), and as CJK bigrams (发热 / 热门 / 门诊), so that a
 * word is found inside a longer word or sentence the segmenter cut differently. A query
 * is analysed the same ways; words count more than bigrams, questions and keywords more
 * than answers.
 */
@Component
class AnswerIndex {

	private static final String ID = "id";

	private static final String WORDS = "words";

	private static final String BIGRAMS = "bigrams";

	private static final String TITLE_WORDS = "titleWords";

	private static final String TITLE_BIGRAMS = "titleBigrams";

	private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(),
			Map.of(BIGRAMS, new CJKAnalyzer(), TITLE_BIGRAMS, new CJKAnalyzer()));

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final IndexWriter writer;

	private final HotlineAnswerRepository answers;

	private volatile boolean built;

	private volatile AnswerFingerprint builtFrom;

	AnswerIndex(HotlineAnswerRepository answers) {
		this.answers = answers;
		try {
			this.writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer));
			this.writer.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Rebuilds the index from the table (at start-up). */
	@EventListener(ApplicationReadyEvent.class)
	synchronized void rebuild() {
		try {
			this.builtFrom = this.answers.fingerprint();
			this.writer.deleteAll();
			for (HotlineAnswer answer : this.answers.findAll()) {
				this.writer.addDocument(document(answer));
			}
			this.writer.commit();
			this.built = true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Rebuilds the index when the table changed since it was built (by another node);
	 * answers whether it did.
	 */
	@Scheduled(initialDelayString = "${fangkong.hotline.index-check-every:30s}",
			fixedDelayString = "${fangkong.hotline.index-check-every:30s}")
	synchronized boolean refreshIfChanged() {
		if (this.built && java.util.Objects.equals(this.builtFrom, this.answers.fingerprint())) {
			return false;
		}
		rebuild();
		return true;
	}

	/** Adds or replaces one answer. */
	synchronized void put(HotlineAnswer answer) {
		try {
			this.writer.updateDocument(new Term(ID + "Key", answer.getId().toString()), document(answer));
			this.writer.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The ids of the answers that match {@code text}, best first, at most {@code limit}.
	 */
	List<Long> search(String text, int limit) {
		if (!this.built) {
			rebuild();
		}
		Query query = query(text);
		if (query == null) {
			return List.of();
		}
		try (DirectoryReader reader = DirectoryReader.open(this.directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			List<Long> ids = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
				ids.add(searcher.storedFields().document(hit.doc).getField(ID).numericValue().longValue());
			}
			return ids;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Query query(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int clauses = 0;
		clauses += terms(query, TITLE_WORDS, text, 4f);
		clauses += terms(query, WORDS, text, 2f);
		clauses += terms(query, TITLE_BIGRAMS, text, 2f);
		clauses += terms(query, BIGRAMS, text, 1f);
		return (clauses > 0) ? query.build() : null;
	}

	private int terms(BooleanQuery.Builder query, String field, String text, float boost) {
		Set<String> tokens = tokens(field, text);
		for (String token : tokens) {
			query.add(new BoostQuery(new TermQuery(new Term(field, token)), boost), BooleanClause.Occur.SHOULD);
		}
		return tokens.size();
	}

	private Set<String> tokens(String field, String text) {
		Set<String> tokens = new LinkedHashSet<>();
		try (TokenStream stream = this.analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && tokens.size() < 64) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static Document document(HotlineAnswer answer) {
		String title = answer.getQuestion() + " " + ((answer.getKeywords() != null) ? answer.getKeywords() : "");
		Document document = new Document();
		document.add(new StoredField(ID, answer.getId()));
		document.add(new org.apache.lucene.document.StringField(ID + "Key", answer.getId().toString(), Field.Store.NO));
		document.add(new LongPoint(ID + "Point", answer.getId()));
		document.add(new TextField(TITLE_WORDS, title, Field.Store.NO));
		document.add(new TextField(TITLE_BIGRAMS, title, Field.Store.NO));
		document.add(new TextField(WORDS, answer.getAnswer(), Field.Store.NO));
		document.add(new TextField(BIGRAMS, answer.getAnswer(), Field.Store.NO));
		return document;
	}

}
