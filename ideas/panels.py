"""Editor panels for ideas: likely duplicates, and the status change group with its history."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import MultiFieldPanel, Panel

from .choices import Status


class DuplicatesPanel(Panel):
    """Ideas whose title or summary is close to this one's.

    Server-side for the saved idea (its latest draft); the script refreshes the list from
    the duplicates endpoint while the author types in the title and summary fields.
    """

    def __init__(self, title_field="title", summary_field="summary", **kwargs):
        kwargs.setdefault("heading", _("Kemungkinan duplikat"))
        super().__init__(**kwargs)
        self.title_field = title_field
        self.summary_field = summary_field

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.update(title_field=self.title_field, summary_field=self.summary_field)
        return kwargs

    @property
    def clean_name(self):
        return super().clean_name or "duplicates"

    class BoundPanel(Panel.BoundPanel):
        template_name = "ideas/admin/duplicates_panel.html"

        class Media:
            js = ["ideas/js/duplicates.js"]
            css = {"all": ["ideas/css/duplicates.css"]}

        def _field_id(self, name):
            if self.form is not None and name in self.form.fields:
                return self.form[name].auto_id
            return f"id_{name}"

        def get_context_data(self, parent_context=None):
            from .duplicates import describe, likely_duplicates  # needs the models loaded

            context = super().get_context_data(parent_context)
            page = self.instance
            matches = []
            # Neither the idea itself nor the one it derives from is a duplicate of it.
            exclude = [pk for pk in (page.pk, page.derived_from_id) if pk] if page else []
            if page is not None and page.pk is not None and self.request is not None:
                matches = [
                    describe(m)
                    for m in likely_duplicates(
                        self.request.user,
                        getattr(page, self.panel.title_field, ""),
                        getattr(page, self.panel.summary_field, ""),
                        exclude=exclude,
                    )
                ]
            context.update(
                matches=matches,
                endpoint=reverse("ideas_duplicates"),
                exclude=page.pk if page is not None and page.pk else "",
                derived_id=self._field_id("derived_from"),
                title_id=self._field_id(self.panel.title_field),
                summary_id=self._field_id(self.panel.summary_field),
            )
            return context


class StatusHistoryPanel(Panel):
    """The idea's recorded status changes, read-only, next to the status field."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Riwayat status"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "status_history"

    class BoundPanel(Panel.BoundPanel):
        template_name = "ideas/admin/status_history_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["changes"] = self.instance.status_history
            return context


class StatusChangePanel(MultiFieldPanel):
    """The stop reason, the status note and the history: for an idea that already exists.

    A new idea has no status to change from and no history; it shows the group only when
    the author sets it as stopped, since a stopped idea must say why (IdeaPage.clean).
    """

    class BoundPanel(MultiFieldPanel.BoundPanel):
        def is_shown(self):
            if self.instance is not None and self.instance.pk is not None:
                return super().is_shown()
            status = self.form["status"].value() if "status" in self.form.fields else None
            return status == Status.STOPPED and super().is_shown()
