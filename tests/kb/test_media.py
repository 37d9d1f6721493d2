"""Uploaded images are served from MEDIA_ROOT (kb/media.py); documents and anything else there
are not, whatever the path tries."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils.http import http_date
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from ideas.models import EvidenceDocument
from tests import factories

SECRET = b"isi-rahasia-7f3a"


@pytest.fixture
def image(db):
    return Image.objects.create(title="Loket antrean", file=get_test_image_file("loket.png"))


@pytest.fixture
def document(db):
    return Document.objects.create(
        title="Laporan", file=ContentFile(b"%PDF-1.4 " + SECRET, name="laporan.pdf")
    )


def test_a_rendition_and_its_original_are_served(client, image):
    rendition = image.get_rendition("max-40x30")
    for url, file in ((rendition.url, rendition.file), (image.file.url, image.file)):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "image/png"
        assert b"".join(response.streaming_content) == Path(file.path).read_bytes()
        directives = {part.strip() for part in response["Content-Security-Policy"].split(";")}
        assert directives == {"default-src 'none'", "sandbox"}
        assert "max-age=3600" in response["Cache-Control"]


def test_an_unchanged_image_is_not_sent_again(client, image):
    url = image.get_rendition("max-40x30").url
    later = http_date((datetime.now(UTC) + timedelta(minutes=5)).timestamp())
    assert client.get(url, headers={"if-modified-since": later}).status_code == 304
    assert client.head(url).status_code == 200
    assert client.post(url).status_code == 405


def test_documents_are_left_to_wagtail_which_checks_their_privacy(
    client, document, django_capture_on_commit_callbacks
):
    assert document.file.name.startswith("documents/")
    assert client.get(f"{settings.MEDIA_URL}{document.file.name}").status_code == 404
    assert client.get(document.url).status_code == 404, "no public page uses it yet"
    with django_capture_on_commit_callbacks(execute=True):
        idea = factories.idea("Antrean daring")
        idea.evidence.add(EvidenceDocument(document=document))
        idea.save_revision().publish()
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 " + SECRET


@pytest.mark.parametrize(
    "path",
    [
        "images/../documents/{doc}",
        "images/%2e%2e/documents/{doc}",
        "original_images/../../{outside}",
        "images/{link}",
        "images//etc/passwd",
        "images/a%00b.png",
        "images/" + "a" * 5000 + ".png",
        "images/",
        "images/tidak-ada.png",
    ],
)
def test_no_path_leaves_the_image_folders(client, document, tmp_path, path):
    outside = tmp_path / "catatan.txt"
    outside.write_bytes(SECRET)
    link = Path(settings.MEDIA_ROOT) / "images" / "tautan.png"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.unlink(missing_ok=True)
    link.symlink_to(outside)
    url = settings.MEDIA_URL + path.format(
        doc=Path(document.file.name).name,
        outside=Path("..") / ".." / outside.relative_to("/"),
        link=link.name,
    )
    response = client.get(url)
    assert response.status_code == 404
    assert SECRET not in response.content
