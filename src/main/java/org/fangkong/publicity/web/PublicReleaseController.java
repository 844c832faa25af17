package org.fangkong.publicity.web;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import org.fangkong.publicity.LoudspeakerScript;
import org.fangkong.publicity.PublishedRelease;
import org.fangkong.publicity.Releases;
import org.fangkong.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the public reads without logging in (R-PUB-2): the approved releases as a page and
 * as an Atom feed (written by Rome), and the loudspeaker script. Every answer comes from
 * {@link Releases#published}/{@link Releases#publishedOne}: an unapproved release is not
 * found.
 */
@Controller
class PublicReleaseController {

	static final int FEED_SIZE = 50;

	private final Releases releases;

	private final LoudspeakerScript scripts;

	private final MessageSource messages;

	PublicReleaseController(Releases releases, LoudspeakerScript scripts, MessageSource messages) {
		this.releases = releases;
		this.scripts = scripts;
		this.messages = messages;
	}

	@GetMapping("/releases")
	String list(Model model) {
		model.addAttribute("releases", this.releases.published(FEED_SIZE));
		return "public/releases";
	}

	@GetMapping("/releases/{id}")
	String one(@PathVariable long id, Model model) {
		model.addAttribute("release",
				this.releases.publishedOne(id).orElseThrow(() -> new NotFoundException("release", id)));
		return "public/release";
	}

	@GetMapping(path = "/releases/{id}/script.txt", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> script(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.body(this.scripts.of(id));
	}

	@GetMapping(path = "/releases.atom", produces = "application/atom+xml;charset=UTF-8")
	ResponseEntity<String> feed(HttpServletRequest request, Locale locale) throws FeedException {
		List<PublishedRelease> published = this.releases.published(FEED_SIZE);
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		Feed feed = new Feed("atom_1.0");
		feed.setId(base + "/releases.atom");
		feed.setTitle(this.messages.getMessage("releases.publicTitle", null, locale));
		feed.setLanguage(locale.toLanguageTag());
		feed.setUpdated(published.isEmpty() ? new Date(0) : Date.from(published.get(0).publishedAt()));
		Person publisher = new Person();
		publisher.setName(this.messages.getMessage("releases.publisher", null, locale));
		feed.setAuthors(List.of(publisher));
		feed.setAlternateLinks(List.of(link(base + "/releases", "alternate", "text/html")));
		feed.setOtherLinks(List.of(link(base + "/releases.atom", "self", "application/atom+xml")));
		feed.setEntries(published.stream().map((release) -> entry(release, base)).toList());
		String xml = new WireFeedOutput().outputString(feed);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(xml);
	}

	private static Entry entry(PublishedRelease release, String base) {
		Entry entry = new Entry();
		String url = base + "/releases/" + release.id();
		entry.setId(url);
		entry.setTitle(release.title());
		entry.setAlternateLinks(List.of(link(url, "alternate", "text/html")));
		entry.setPublished(Date.from(release.publishedAt()));
		entry.setUpdated(Date.from(release.publishedAt()));
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(release.body());
		entry.setContents(List.of(content));
		return entry;
	}

	private static Link link(String href, String rel, String type) {
		Link link = new Link();
		link.setHref(href);
		link.setRel(rel);
		link.setType(type);
		return link;
	}

}
