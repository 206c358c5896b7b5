/** SQLSTATE codes, the same from PostgreSQL and PGlite. */
function sqlState(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';
export const isForeignKeyViolation = (error: unknown) => sqlState(error) === '23503';

/** A table or schema the code relies on is not there: the database was not migrated, or was emptied. */
export const isSchemaMissing = (error: unknown) => ['42P01', '3F000'].includes(sqlState(error) ?? '');

/** PostgreSQL found a page it cannot trust (checksum failure, broken index): the storage is damaged. */
export const isStorageDamaged = (error: unknown) => ['XX001', 'XX002'].includes(sqlState(error) ?? '');

/**
 * The database is away (restarting, failing over, unreachable): the request may succeed if retried,
 * so the caller hears 503, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = sqlState(error);
  if (
    code !== undefined &&
    (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03')
  )
    return true;
  const message = error instanceof Error ? error.message : '';
  return /ECONNREFUSED|ECONNRESET|Connection terminated|timeout exceeded when trying to connect/i.test(
    message,
  );
}
