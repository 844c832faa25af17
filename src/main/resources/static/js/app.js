// Sends the CSRF token with every htmx request (SECURITY.md W1); the token sits in a meta tag.
document.addEventListener('htmx:configRequest', function (event) {
	var token = document.querySelector('meta[name="_csrf"]');
	var header = document.querySelector('meta[name="_csrf_header"]');
	if (token && header) {
		event.detail.headers[header.content] = token.content;
	}
});
// Buttons and links that ask for confirmation carry data-confirm: no inline script is allowed (CSP).
document.addEventListener('submit', function (event) {
	var message = event.target.getAttribute('data-confirm');
	if (message && !window.confirm(message)) {
		event.preventDefault();
	}
});
// Print buttons (the checkpoint poster) carry data-print.
document.addEventListener('click', function (event) {
	if (event.target.closest && event.target.closest('[data-print]')) {
		window.print();
	}
});
