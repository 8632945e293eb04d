import type { PayPalLedger } from './paypal-stand-in-orders';
import { type Issue, problem, stamp } from './paypal-stand-in-support';

const SEARCH_WINDOW_MS = 31 * 24 * 3_600_000;
/** start_date / end_date in Transaction Search's spec. */
const SEARCH_DATE =
  /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])[Tt]([0-1][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)([.][0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$/;

/**
 * GET /v1/reporting/transactions: captures and refunds initiated between start_date and end_date
 * (both required, at most 31 days apart), paged. Unlike PayPal, which lists a transaction up to
 * about three hours late, the stand-in lists it at once.
 */
export function searchTransactions(ledger: PayPalLedger, url: URL, now: Date): { status: 200; json: unknown } {
  const query = url.searchParams;
  const issues: Issue[] = [];
  const start = searchDate(query, 'start_date', issues);
  const end = searchDate(query, 'end_date', issues);
  const pageSize = searchNumber(query, 'page_size', 100, 500, issues);
  const page = searchNumber(query, 'page', 1, 2_147_483_647, issues);
  if (start && end && end.getTime() < start.getTime()) {
    issues.push({
      field: 'end_date',
      value: query.get('end_date') ?? '',
      location: 'query',
      issue: 'End date should be greater than start date',
      description: 'end_date is before start_date',
    });
  } else if (start && end && end.getTime() - start.getTime() > SEARCH_WINDOW_MS) {
    issues.push({
      field: 'end_date',
      value: query.get('end_date') ?? '',
      location: 'query',
      issue: 'Date range is greater than 31 days',
      description: 'The maximum supported range is 31 days.',
    });
  }
  if (issues.length || !start || !end) {
    throw problem(400, 'transaction-search/v1', 'INVALID_REQUEST', issues, {
      message: 'Invalid request - see details.',
      bare: true,
    });
  }
  const fields = (query.get('fields') ?? 'transaction_info').split(',');
  const withPayer = fields.includes('all') || fields.includes('payer_info');
  const id = query.get('transaction_id');
  const rows = ledger
    .transactions()
    .filter((row) => row.at >= start && row.at <= end && (!id || row.info['transaction_id'] === id));
  const totalPages = Math.ceil(rows.length / pageSize);
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  const pageLink = (rel: string, number: number) => {
    const target = new URL(url);
    target.searchParams.set('page', String(number));
    return { href: target.toString(), rel, method: 'GET' };
  };
  return {
    status: 200,
    json: {
      transaction_details: shown.map((row) => ({
        transaction_info: row.info,
        ...(withPayer && row.payer ? { payer_info: row.payer } : {}),
      })),
      account_number: ledger.merchant.merchant_id,
      start_date: stamp(start),
      end_date: stamp(end),
      last_refreshed_datetime: stamp(now),
      page,
      total_items: rows.length,
      total_pages: totalPages,
      links: [
        pageLink('self', page),
        ...(page < totalPages ? [pageLink('next', page + 1), pageLink('last', totalPages)] : []),
      ],
    },
  };
}

/** A required search date in the spec's format. */
function searchDate(query: URLSearchParams, name: string, issues: Issue[]): Date | undefined {
  const value = query.get(name);
  if (value === null) {
    issues.push({
      field: name,
      location: 'query',
      issue: 'MISSING_REQUIRED_PARAMETER',
      description: `${name} is required`,
    });
  } else if (!SEARCH_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    issues.push({
      field: name,
      value,
      location: 'query',
      issue: 'INVALID_PARAMETER_SYNTAX',
      description: 'Internet date and time format, seconds required',
    });
  } else {
    return new Date(value);
  }
  return undefined;
}

function searchNumber(query: URLSearchParams, name: string, fallback: number, max: number, issues: Issue[]): number {
  const value = query.get(name);
  if (value === null) return fallback;
  const number = Number(value);
  if (/^\d+$/.test(value) && number >= 1 && number <= max) return number;
  issues.push({
    field: name,
    value,
    location: 'query',
    issue: 'INVALID_PARAMETER_VALUE',
    description: `${name} is 1 to ${max}`,
  });
  return fallback;
}
