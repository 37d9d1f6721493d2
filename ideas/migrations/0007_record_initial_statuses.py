"""Start every existing idea's status history with one record of its current status.

Self-contained (historical models): changed_at is when the idea was first published, else
when it was last edited, else now; changed_by is its owner. Reversing needs nothing: the
previous migration's reversal drops the table.
"""

from django.db import migrations
from django.utils import timezone

NOTE = "Dicatat saat riwayat status mulai dipakai."


def record(apps, schema_editor):
    IdeaPage = apps.get_model("ideas", "IdeaPage")
    StatusChange = apps.get_model("ideas", "StatusChange")
    now = timezone.now()
    ideas = IdeaPage.objects.only(
        "id", "status", "first_published_at", "latest_revision_created_at", "owner_id"
    )
    StatusChange.objects.bulk_create(
        (
            StatusChange(
                idea_id=idea.pk,
                status=idea.status,
                changed_at=idea.first_published_at or idea.latest_revision_created_at or now,
                changed_by_id=idea.owner_id,
                note=NOTE,
            )
            for idea in ideas.iterator(chunk_size=2000)
        ),
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [("ideas", "0006_status_history_stop_reason")]

    operations = [migrations.RunPython(record, migrations.RunPython.noop)]
