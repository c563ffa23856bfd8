/** PostgreSQL error codes, as both `pg` and PGlite report them (`error.code`). */
export function isUniqueViolation(error: unknown): boolean {
	return (error as { code?: unknown } | null)?.code === '23505';
}
