/** Dates at the precision the sources support: "2019", "March 2022", "5 March 2022". */
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export function formatDate(value: string): string {
	const [y, m, d] = value.split('-');
	if (!m) return y!;
	const month = MONTHS[Number(m) - 1]!;
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
