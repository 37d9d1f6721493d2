"""The six dimensions of Gerakan Menuju 100 Smart City: fixed, so created here."""

from django.db import migrations

DIMENSIONS = [
    ("governance", "Smart Governance", "Tata kelola pemerintahan dan pelayanan publik"),
    ("branding", "Smart Branding", "Citra daerah: pariwisata, bisnis, wajah kota"),
    ("economy", "Smart Economy", "Ekosistem ekonomi, UMKM, industri, keuangan"),
    ("living", "Smart Living", "Kualitas hidup: kesehatan, perumahan, transportasi"),
    ("society", "Smart Society", "Masyarakat: pendidikan, interaksi, keamanan"),
    ("environment", "Smart Environment", "Lingkungan: sampah, energi, ruang hijau, bencana"),
]


def create_dimensions(apps, schema_editor):
    Dimension = apps.get_model("ideas.Dimension")
    for order, (slug, name, description) in enumerate(DIMENSIONS):
        Dimension.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "description": description, "sort_order": order},
        )


def remove_dimensions(apps, schema_editor):
    apps.get_model("ideas.Dimension").objects.filter(slug__in=[d[0] for d in DIMENSIONS]).delete()


class Migration(migrations.Migration):
    dependencies = [("ideas", "0001_initial")]

    operations = [migrations.RunPython(create_dimensions, remove_dimensions)]
