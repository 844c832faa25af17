// The print button of the printable roster (strict CSP: no inline script).
document.addEventListener('DOMContentLoaded', () => {
	const button = document.getElementById('print-roster');
	if (button) {
		button.addEventListener('click', () => window.print());
	}
});
