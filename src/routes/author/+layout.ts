// The studio answers /author/ as /author: a trailing-slash redirect would run before the request hook and
// show that the studio exists on a server where every /author URL must be 404.
export const trailingSlash = 'ignore';
