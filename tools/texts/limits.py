"""Texts of the page a browser gets when a rate limit refuses a request (429)."""

T = {
 "TooManyRequestsTitle": ("Trop de tentatives", "محاولات كثيرة جدًا", "Too many attempts"),
 "TooManyRequestsText": ("Vous avez fait trop de tentatives en peu de temps. Attendez une minute, puis réessayez.", "قمت بمحاولات كثيرة في وقت قصير. انتظر دقيقة ثم أعد المحاولة.", "You made too many attempts in a short time. Wait a minute, then try again."),
}
