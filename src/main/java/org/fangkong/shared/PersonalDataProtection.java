package org.fangkong.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Protects ID numbers and phones at rest (SECURITY.md PR1): AES-GCM encryption for
 * storage, and a keyed hash (HMAC-SHA256) for lookups by equality, so that a stolen table
 * reveals neither. Both keys derive from {@code fangkong.crypto.key}; the built-in key is
 * for the demo only (the prod profile refuses it).
 */
@Component
public class PersonalDataProtection {

	public static final String DEMO_KEY = "ZmFuZ2tvbmctZGVtby1rZXktbm90LWZvci1wcm9kdWN0aW9uISE=";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec hashKey;

	/**
	 * One AES-GCM cipher per thread (issue #19): {@code Cipher.getInstance} looks the
	 * provider up on every call and costs more than sealing an ID number. Each use
	 * initialises it afresh, with a new IV for encryption.
	 */
	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalDataProtection::newCipher);

	/** One keyed MAC per thread for {@link #lookupHash(String)}; doFinal resets it. */
	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	public PersonalDataProtection(@Value("${fangkong.crypto.key:" + DEMO_KEY + "}") String key) {
		byte[] material = Base64.getDecoder().decode(key);
		if (material.length < 32) {
			throw new IllegalArgumentException("fangkong.crypto.key must be at least 32 bytes, base64-encoded");
		}
		this.encryptionKey = new SecretKeySpec(derive(material, "encryption"), "AES");
		this.hashKey = new SecretKeySpec(derive(material, "lookup"), "HmacSHA256");
	}

	/** Encrypts a value for storage; null stays null. */
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = this.ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		try {
			byte[] in = Base64.getDecoder().decode(stored);
			Cipher cipher = this.ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(128, in, 0, 12));
			return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot decrypt a personal identifier: wrong fangkong.crypto.key?", ex);
		}
	}

	/** The keyed hash of a value, for lookups by equality; deterministic for one key. */
	public String lookupHash(String plain) {
		if (plain == null) {
			return null;
		}
		return HexFormat.of().formatHex(this.macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
	}

	private static Cipher newCipher() {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.hashKey);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] derive(byte[] material, String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(material, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
