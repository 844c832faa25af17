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
// A file input with data-max-bytes refuses a file over the limit before it is sent (a checkpoint's network is slow):
// the message is the input's data-too-large, the server answers the same with 413 if the check is bypassed.
document.addEventListener('change', function (event) {
	var input = event.target;
	if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
		return;
	}
	var file = input.files && input.files[0];
	var tooLarge = !!file && file.size > Number(input.getAttribute('data-max-bytes'));
	input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
	input.reportValidity();
});
