from django.conf import settings
from django.db import transaction
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChosenLanguageMiddleware(LocaleMiddleware):
    """Bahasa Indonesia unless the visitor picked another language with the switch.

    Django's LocaleMiddleware would follow the browser's Accept-Language; most staff
    browsers say English, yet the product speaks Indonesian by default.
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class AtomicWritesMiddleware:
    """A request that may write (POST, PUT, PATCH, DELETE) commits all of its writes or none.

    Wagtail's editor saves a revision and publishes it in two transactions, so a failure in
    between left a revision that was never published. Django's ATOMIC_REQUESTS would wrap
    reads too: with SQLite's IMMEDIATE transactions every page view would then take the one
    write lock and queue behind every publish. Changes waiting for the commit (search index
    writes) follow it. Keep it after the other middleware, so the transaction holds the view.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        with transaction.atomic():
            return self.get_response(request)

    def process_exception(self, request, exception):
        # Django turns the view's exception into an error response before it leaves the
        # `with` block above, so roll back here.
        if request.method not in SAFE_METHODS:
            transaction.set_rollback(True)
