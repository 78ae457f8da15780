// What a shared cache in front (a CDN, nginx) may do with a public answer: keep it a minute and serve it stale
// for four more while it fetches a fresh one, five minutes at most in all; browsers ask again every time
// (max-age=0) and get a 304 when the ETag still matches. An approval reaches every app process at once; a
// cache in front lags by at most these five minutes (docs/decisions/0016-one-cache.md).
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=240";
