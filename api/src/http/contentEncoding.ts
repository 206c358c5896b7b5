/** The content codings the server can send, in the order it prefers them when the client has no preference. */
export type ContentCoding = 'br' | 'gzip' | 'identity';

const PREFERENCE: readonly ContentCoding[] = ['br', 'gzip', 'identity'];
/** Below the smallest qvalue a client can write (0.001). */
const UNNAMED_IDENTITY = 0.0001;
const QVALUE = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i;

/** `Accept-Encoding` as coding → weight; an unparseable weight makes its entry count as absent. */
function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawCoding = '', ...params] = part.split(';').map((piece) => piece.trim());
    const coding = rawCoding.toLowerCase();
    if (coding === '') continue;
    let weight = 1;
    let valid = true;
    for (const param of params) {
      if (!/^q=/i.test(param)) continue;
      if (!QVALUE.test(param)) valid = false;
      else weight = Number(param.slice(2));
    }
    // `x-gzip` is gzip's old name (RFC 9110 §8.4.1.3).
    if (valid) weights.set(coding === 'x-gzip' ? 'gzip' : coding, weight);
  }
  return weights;
}

/**
 * The coding to send, following RFC 9110 §12.5.3: the available coding the client weighs highest,
 * the server's preference (br, gzip, identity) among equals. `*` stands for every coding not named;
 * `q=0` refuses one. Without the header, identity: nothing says the client can decode anything else.
 * When the client refuses everything available, identity all the same, as the RFC allows, rather than a 406
 * for a stylesheet.
 */
export function negotiateContentCoding(
  acceptEncoding: string | undefined,
  available: ReadonlySet<ContentCoding>,
): ContentCoding {
  if (acceptEncoding === undefined) return 'identity';
  const weights = parseAcceptEncoding(acceptEncoding);
  const wildcard = weights.get('*');
  const weightOf = (coding: ContentCoding): number => {
    const named = weights.get(coding);
    if (named !== undefined) return named;
    if (wildcard !== undefined) return wildcard;
    // Identity is acceptable unless refused by name or by `*;q=0`, but only as the last resort: a
    // client that lists `gzip;q=0.5` wants gzip rather than the uncompressed bytes.
    return coding === 'identity' ? UNNAMED_IDENTITY : 0;
  };
  let best: ContentCoding = 'identity';
  let bestWeight = 0;
  for (const coding of PREFERENCE) {
    if (coding !== 'identity' && !available.has(coding)) continue;
    const weight = weightOf(coding);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
