// The server's access token: taken once from the `#token=` fragment the server printed, kept for
// this tab only, and taken off the address bar so it is not bookmarked or shared by accident.

const key = "briefing.token";

/** Moves a `#token=` fragment into sessionStorage; returns the token to send, if any. */
export function loadToken(): string | undefined {
  const match = /(?:^#|&)token=([^&]*)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(key, decodeURIComponent(match[1] ?? ""));
    history.replaceState(null, "", location.pathname + location.search);
  }
  return sessionStorage.getItem(key) || undefined;
}
