// The pledge form's proof of work (issue #16 item 4): find a nonce such that SHA-256 of "token:nonce" starts with
// `data-difficulty` zero bits, then send the form. Plain JavaScript SHA-256, because crypto.subtle exists only on
// HTTPS or localhost and the page must work on a plain-HTTP intranet too.
(function () {
	'use strict';
	var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
		0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
		0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
		0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
		0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
		0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
		0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
		0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];

	function rotr(x, n) { return (x >>> n) | (x << (32 - n)); }

	// SHA-256 of an ASCII string; answers the 8 words of the hash.
	function sha256(text) {
		var bytes = [];
		for (var i = 0; i < text.length; i++) { bytes.push(text.charCodeAt(i) & 0xff); }
		var bitLength = bytes.length * 8;
		bytes.push(0x80);
		while (bytes.length % 64 !== 56) { bytes.push(0); }
		for (var s = 56; s >= 0; s -= 8) { bytes.push(s >= 32 ? 0 : (bitLength >>> s) & 0xff); }
		var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
		var w = new Array(64);
		for (var off = 0; off < bytes.length; off += 64) {
			for (var t = 0; t < 16; t++) {
				w[t] = (bytes[off + 4 * t] << 24) | (bytes[off + 4 * t + 1] << 16) | (bytes[off + 4 * t + 2] << 8) | bytes[off + 4 * t + 3];
			}
			for (t = 16; t < 64; t++) {
				var s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
				var s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
				w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
			}
			var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
			for (t = 0; t < 64; t++) {
				var S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
				var ch = (e & f) ^ (~e & g);
				var t1 = (hh + S1 + ch + K[t] + w[t]) | 0;
				var S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
				var maj = (a & b) ^ (a & c) ^ (b & c);
				var t2 = (S0 + maj) | 0;
				hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
			}
			h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
			h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + hh) | 0;
		}
		return h;
	}

	function leadingZeroBits(words) {
		var bits = 0;
		for (var i = 0; i < words.length; i++) {
			if (words[i] === 0) { bits += 32; continue; }
			return bits + Math.clz32(words[i]);
		}
		return bits;
	}

	var form = document.getElementById('pledge-form');
	if (!form) { return; }
	form.addEventListener('submit', function (event) {
		var nonceField = document.getElementById('pledge-nonce');
		if (nonceField.value) { return; }
		event.preventDefault();
		var button = document.getElementById('pledge-submit');
		button.disabled = true;
		button.textContent = button.getAttribute('data-working');
		var token = document.getElementById('pledge-token').value;
		var difficulty = parseInt(form.getAttribute('data-difficulty'), 10);
		var nonce = 0;
		function work() {
			var until = nonce + 5000;
			for (; nonce < until; nonce++) {
				if (leadingZeroBits(sha256(token + ':' + nonce)) >= difficulty) {
					nonceField.value = String(nonce);
					form.submit();
					return;
				}
			}
			setTimeout(work, 0);
		}
		setTimeout(work, 0);
	});
}());
