package org.fangkong.disinfection;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.fangkong.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The photos of completed tasks (SECURITY.md UP1–UP3): at most
 * {@code fangkong.disinfection.photo-max-bytes} (5 MB); accepted only when the content is
 * a JPEG or PNG (magic bytes, then decoded by ImageIO; the file name and the declared
 * type are ignored) of at most 40 megapixels; re-encoded as a new JPEG (dropping metadata
 * such as the GPS position of the phone, and anything hidden after the image data);
 * stored under a generated name in {@code <data-dir>/disinfection-photos/}, outside the
 * web root, and served only through the task's scope check.
 */
@Component
class PhotoStore {

	private static final long MAX_PIXELS = 40_000_000L;

	private static final int MAX_SIDE = 2048;

	private static final Pattern NAME = Pattern.compile("[0-9a-f-]{36}\\.jpg");

	private final Path directory;

	private final long maxBytes;

	PhotoStore(@Value("${fangkong.data-dir}") String dataDir,
			@Value("${fangkong.disinfection.photo-max-bytes:5242880}") long maxBytes) {
		this.directory = Path.of(dataDir, "disinfection-photos");
		this.maxBytes = maxBytes;
	}

	/**
	 * Checks and re-encodes a photo and stores it.
	 * @return the stored name
	 * @throws InvalidInputException (field {@code photo}) when too large or not an image
	 */
	String store(byte[] bytes) {
		if (bytes.length > this.maxBytes) {
			throw InvalidInputException.of("photo", "disinfection.photoTooLarge", this.maxBytes / (1024 * 1024));
		}
		if (!isJpeg(bytes) && !isPng(bytes)) {
			throw InvalidInputException.of("photo", "disinfection.photoNotImage");
		}
		BufferedImage image = decode(bytes);
		try {
			Files.createDirectories(this.directory);
			String name = UUID.randomUUID() + ".jpg";
			if (!ImageIO.write(scaled(image), "jpg", this.directory.resolve(name).toFile())) {
				throw new IOException("no JPEG writer");
			}
			return name;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The stored photo's bytes. */
	byte[] read(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("not a stored photo name");
		}
		try {
			return Files.readAllBytes(this.directory.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(String name) {
		try {
			Files.deleteIfExists(this.directory.resolve(name));
		}
		catch (IOException ex) {
			// a stray file in the photo directory harms nothing
		}
	}

	private static BufferedImage decode(byte[] bytes) {
		try (InputStream in = new ByteArrayInputStream(bytes);
				ImageInputStream stream = ImageIO.createImageInputStream(in)) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
			if (stream == null || !readers.hasNext()) {
				throw InvalidInputException.of("photo", "disinfection.photoNotImage");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(stream, true, true);
				// a decompression bomb is refused by its header, before any pixel is
				// decoded
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw InvalidInputException.of("photo", "disinfection.photoNotImage");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw InvalidInputException.of("photo", "disinfection.photoNotImage");
		}
	}

	/** An RGB copy no larger than {@link #MAX_SIDE} on its longer side. */
	private static BufferedImage scaled(BufferedImage image) {
		double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = copy.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return copy;
	}

	static boolean isJpeg(byte[] bytes) {
		return bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
	}

	static boolean isPng(byte[] bytes) {
		byte[] magic = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a };
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (bytes[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
