"""The site's URLs and one more that fails, to see the server-error page (ROOT_URLCONF in tests)."""

from django.urls import path

from kb.urls import handler500, urlpatterns

BROKEN_URL = "/rusak/"


def broken(request):
    raise RuntimeError("a failure on purpose, for the server-error page")


urlpatterns = [path(BROKEN_URL.strip("/") + "/", broken), *urlpatterns]

__all__ = ["handler500", "urlpatterns"]
