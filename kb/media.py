"""Uploaded images, served by the site itself when no front web server serves MEDIA_ROOT.

Only images: the renditions that pages show (`images/`), their originals (`original_images/`)
and the avatars people upload in their account (`avatar_images/`). Documents are never served
from here: Wagtail's own view at /dokumen/ serves them, after checking their collection's
privacy.
"""

import re
from datetime import UTC, datetime
from pathlib import Path

from csp.constants import NONE
from csp.decorators import csp
from django.conf import settings
from django.http import FileResponse, Http404
from django.urls import re_path
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition, require_safe

FOLDERS = ("images", "original_images", "avatar_images")
# A rendition's name stays when its image is replaced under the same name: browsers ask again
# after an hour (a 304 answer when the file is unchanged).
MAX_AGE = 60 * 60


def image_file(path):
    """The file under one of FOLDERS that `path` names, or Http404 (also for `..`, links out)."""
    root = Path(settings.MEDIA_ROOT).resolve()
    try:
        target = (root / path).resolve()
        if any(target.is_relative_to(root / folder) for folder in FOLDERS) and target.is_file():
            return target
    except (OSError, ValueError):  # a name too long, a NUL byte
        pass
    raise Http404


def last_modified(request, path):
    try:
        return datetime.fromtimestamp(image_file(path).stat().st_mtime, tz=UTC)
    except Http404:
        return None


@require_safe
@condition(last_modified_func=last_modified)
@csp({"default-src": [NONE], "sandbox": True})  # an image opened on its own runs nothing
def serve_image(request, path):
    response = FileResponse(image_file(path).open("rb"))
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


def route():
    """MEDIA_URL, then a path in one of FOLDERS."""
    prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    folders = "|".join(FOLDERS)
    return re_path(rf"^{prefix}(?P<path>(?:{folders})/.+)$", serve_image, name="media_image")
