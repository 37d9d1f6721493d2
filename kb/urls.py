from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from kb import auth, media

urlpatterns = [
    # Before Wagtail's own admin/login/ (same path, so its name still reverses here).
    path("admin/login/", auth.AdminLoginView.as_view()),
    path("admin/", include(wagtailadmin_urls)),
    path("masuk/", auth.SignInView.as_view(), name="sign_in"),
    path("keluar/", auth.SignOutView.as_view(), name="sign_out"),
    path("dokumen/", include(wagtaildocs_urls)),
    path("search/", include("search.urls")),
    path("", include("ideas.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    # Uploaded images, unless a front web server answers for them first (README, "Production").
    media.route(),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

urlpatterns += [path("", include(wagtail_urls))]

handler500 = "kb.errors.server_error"
