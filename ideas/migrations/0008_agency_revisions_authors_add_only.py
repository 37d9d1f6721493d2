"""Agencies keep a history of revisions, and authors may add agencies but not change them.

A name shows on public pages at once, with no review: only leaders (Pimpinan) and
administrators change an existing agency.
"""

import django.db.models.deletion
from django.db import migrations, models

AUTHOR = "Penulis"


def author_change_permission(apps, grant):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    change = Permission.objects.filter(content_type__app_label="ideas", codename="change_agency")
    for group in Group.objects.filter(name=AUTHOR):
        (group.permissions.add if grant else group.permissions.remove)(*change)


def authors_add_only(apps, schema_editor):
    author_change_permission(apps, grant=False)


def authors_change_again(apps, schema_editor):
    author_change_permission(apps, grant=True)


class Migration(migrations.Migration):
    dependencies = [
        ("ideas", "0007_record_initial_statuses"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="agency",
            name="latest_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="latest revision",
            ),
        ),
        migrations.RunPython(authors_add_only, authors_change_again),
    ]
