"""Form data for the Wagtail page editor, as a browser would post it."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from ideas.models import Dimension


def idea_form(**fields):
    """POST data for the IdeaPage editor; keyword arguments override the defaults."""
    modifications = fields.pop("modifications", [])
    data = {
        "title": "Antrean daring Dukcapil",
        "slug": "antrean-daring-dukcapil",
        "summary": "Warga mengambil nomor antrean lewat ponsel.",
        "stage": "amati",
        "status": "diusulkan",
        "tags": "antrean, layanan",
        "innovation_form": "pelayanan_publik",
        "body": streamfield([("paragraph", rich_text("<p>Uraian.</p>"))]),
        "modifications": inline_formset(modifications),
        "indicators": inline_formset([]),
        "evidence": inline_formset([]),
        "comments": inline_formset([]),
    }
    dimensions = fields.pop("dimensions", ["governance"])
    data.update(fields)
    form = nested_form_data({k: v for k, v in data.items() if v is not None})
    # A multiple choice posts one value per checkbox; nested_form_data would number them.
    form["dimensions"] = [d.pk for d in Dimension.objects.filter(slug__in=dimensions)]
    return form


def trip_form(**fields):
    data = {
        "title": "Studi banding Banyuwangi",
        "slug": "studi-banding-banyuwangi",
        "destination_city": "Banyuwangi",
        "destination_country": "Indonesia",
        "start_date": "2024-03-04",
        "end_date": "2024-03-06",
        "purpose": "Belajar Mal Pelayanan Publik.",
        "report": streamfield([]),
        "participants": inline_formset([]),
        "photos": inline_formset([]),
        "documents": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


class EditorAssertions:
    """For TestCases that post the editor: the form came back with `text` next to `field`."""

    def assertFieldError(self, response, field, text):
        self.assertEqual(response.status_code, 200)
        form = response.context["form"]
        self.assertIn(field, form.errors, form.errors)
        self.assertIn(text, " ".join(form.errors[field]))
        self.assertContains(response, text)
